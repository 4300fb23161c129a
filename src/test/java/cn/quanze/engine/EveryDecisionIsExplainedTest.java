package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.decision.Penalty;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded random requests: every one is answered, and every verdict is carried by a
 * reason that pushes towards it (a PERMITTED answer names the grant, a CONDITIONAL one its conditions).
 */
class EveryDecisionIsExplainedTest {

    private static final String[] BODIES = {"东冶镇", "东冶", "五台县台城镇人民政府", "阳白乡", "县公安局", "县发改委",
            "驼梁风景区服务中心", "县公安局交警大队", "不存在的机关", "五台县人民政府"};
    private static final String[] PLACES = {null, "古城村", "大朴村", "李家庄村", "北坡村", "茹村乡", "五台扶贫新区"};
    private static final String[] QUERIES = {null, "村民没批准就占地盖房，镇里能罚吗？", "镇里能直接批低保吗？", "能办结婚登记吗",
            "烧秸秆", "洪水来了能组织撤离吗", "罚他五百元", "拘留", "量子计算机", "   "};

    @Test
    void randomRequestsAreAllAnsweredAndExplained() {
        var service = QuanzeFixture.quanze().authority();
        Random rnd = new Random(20231);
        for (int i = 0; i < 5000; i++) {
            Act act = rnd.nextInt(3) == 0 ? Act.values()[rnd.nextInt(Act.values().length)] : null;
            Facts facts = rnd.nextBoolean() ? null : Facts.builder().location(PLACES[rnd.nextInt(PLACES.length)]).partyType(rnd.nextBoolean() ? null : PartyType.values()[rnd.nextInt(2)]).penalty(rnd.nextBoolean() ? null : new Penalty(rnd.nextBoolean() ? null : PenaltyKind.values()[rnd.nextInt(PenaltyKind.values().length)],
                            rnd.nextBoolean() ? null : (double) rnd.nextInt(6000))).emergency(tri(rnd)).orderedToCorrect(tri(rnd)).deadlinePassed(tri(rnd)).obstructed(tri(rnd)).build();
            Integer item = rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(152);
            LocalDate asOf = rnd.nextInt(10) == 0 ? LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(1500)) : null;
            AuthorityRequest r = new AuthorityRequest("r" + i, BODIES[rnd.nextInt(BODIES.length)], item,
                    QUERIES[rnd.nextInt(QUERIES.length)], act, facts, asOf);

            Decision d = service.decide(r);
            Set<String> codes = d.reasons().stream().map(Decision.Reason::code).collect(Collectors.toSet());
            assertThat(d.reasons()).as("%s", r).isNotEmpty();
            assertThat(d.rulesFired()).as("%s", r).isNotEmpty();
            assertThat(d.reasons().stream().anyMatch(x -> x.decides(d.verdict())))
                    .as("a reason carries %s for %s: %s", d.verdict(), r, codes).isTrue();
            if (d.verdict() == Verdict.CONDITIONAL) assertThat(d.conditions()).as("%s", r).isNotEmpty();
            else assertThat(d.conditions()).as("%s", r).isEmpty();
            if (d.verdict() == Verdict.PERMITTED) {
                assertThat(codes).as("%s", r).containsAnyOf("WITHIN_CATALOGUE", "ISSUER_LISTED");
            }
            if (d.item() != null) assertThat(d.basis()).as("%s", r).isNotEmpty();
            assertThat(d.candidates()).hasSizeLessThanOrEqualTo(5);
        }
    }

    private static Boolean tri(Random rnd) {
        int k = rnd.nextInt(3);
        return k == 0 ? null : k == 1;
    }
}
