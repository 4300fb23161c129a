package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.decision.Penalty;
import cn.quanze.catalogue.PenaltyKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions are per thread: answers under concurrency equal the answers given one at a time. */
class ConcurrentDecisionsTest {

    @Test
    void answersDoNotLeakBetweenThreads() throws Exception {
        var service = QuanzeFixture.quanze().authority();
        List<AuthorityRequest> requests = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int item = 1 + (i * 37) % 152;
            Facts f = i % 3 == 0 ? Facts.builder().location(i % 2 == 0 ? "古城村" : "大朴村").partyType(PartyType.INDIVIDUAL).penalty(new Penalty(PenaltyKind.FINE, (double) (i % 7) * 100)).emergency(i % 5 == 0).deadlinePassed(i % 4 == 0).build() : null;
            requests.add(new AuthorityRequest("r" + i, i % 2 == 0 ? "东冶镇" : "台城镇", item, null,
                    i % 11 == 0 ? Act.APPROVE : null, f, null));
        }
        List<String> sequential = new ArrayList<>();
        for (AuthorityRequest r : requests) sequential.add(summary(service.decide(r)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (AuthorityRequest r : requests) futures.add(pool.submit(() -> summary(service.decide(r))));
                for (int i = 0; i < requests.size(); i++) assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(Decision d) {
        return d.id() + " " + d.verdict() + " " + d.reasons().stream().map(Decision.Reason::code).toList() + " " + d.rulesFired();
    }
}
