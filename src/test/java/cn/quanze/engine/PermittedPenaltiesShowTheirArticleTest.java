package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.decision.Penalty;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's done-when, over every penalty item and a seeded spread of parties, kinds and amounts: no answer of
 * 可以 to a penalty lacks what the item's articles provide, and none permits a kind or amount a verified article
 * refuses when no unverified article is left.
 */
class PermittedPenaltiesShowTheirArticleTest {

    @Test
    void everyPermittedPenaltyNamesItsArticleAndStaysInsideIt() {
        var q = QuanzeFixture.quanze();
        Random rnd = new Random(20261129);
        double[] amounts = {50, 200, 500, 1000, 2000, 3000, 5000, 20000, 100000, 1_000_000};
        int permitted = 0;
        for (int item = 98; item <= 152; item++) {
            for (int i = 0; i < 12; i++) {
                PartyType party = switch (rnd.nextInt(3)) {
                    case 0 -> PartyType.INDIVIDUAL;
                    case 1 -> PartyType.ORGANIZATION;
                    default -> null;
                };
                PenaltyKind kind = rnd.nextInt(4) == 0 ? null : PenaltyKind.values()[rnd.nextInt(PenaltyKind.values().length)];
                Double amount = kind == PenaltyKind.FINE && rnd.nextBoolean() ? amounts[rnd.nextInt(amounts.length)] : null;
                Facts facts = Facts.builder().partyType(party).penalty(kind == null ? null : new Penalty(kind, amount)).build();
                Decision d = q.authority().decide(new AuthorityRequest("p", "东冶镇", item, null, Act.PENALIZE, facts, null));
                if (d.verdict() != Verdict.PERMITTED) continue;
                permitted++;
                assertThat(d.has(ReasonCode.PENALTY_RANGE_NOTED)).as("item %d %s %s %s", item, party, kind, amount).isTrue();
                if (kind != null && q.data().penaltyProvisions().settled(item)) {
                    var fit = q.data().penaltyProvisions().fit(item, party, kind, amount).fit();
                    assertThat(fit).as("item %d %s %s %s", item, party, kind, amount)
                            .isEqualTo(cn.quanze.catalogue.ArticleFit.FITS);
                }
            }
        }
        assertThat(permitted).as("some penalties are permitted").isGreaterThan(50);
    }

    @Test
    void aWarningAskedBesideAFineIsNamedWhenTheArticleGivesNone() {
        // 土地管理法第七十五条 gives a fine, no warning: the refusal names the warning, not the fine asked first
        assertRefusedSaying("有人未经批准在耕地上建房，镇政府能罚款并给予警告吗", "给予“警告”");
    }

    @Test
    void kindsTheArticleGivesOneOrTheOtherOfAreRefusedTogetherAndNamed() {
        // 消防法第六十条第二款: 个人…处警告或者五百元以下罚款
        assertRefusedSaying("镇区一个村民把电动车停在消防车通道上堵死了，镇政府能对他警告并罚款200元吗",
                "“警告和罚款”不能同时给予", "警告或者罚款500元以下");
    }

    /** 台城镇 asks in plain words; the answer is NOT_PERMITTED with PENALTY_KIND_NOT_AVAILABLE, its message saying all of these. */
    private static void assertRefusedSaying(String query, String... saying) {
        Decision d = QuanzeFixture.quanze().authority().decide(new AuthorityRequest("w", "台城镇", null, query, null,
                Facts.builder().build(), null));
        assertThat(d.verdict()).isEqualTo(Verdict.NOT_PERMITTED);
        assertThat(d.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.PENALTY_KIND_NOT_AVAILABLE.name());
            for (String words : saying) assertThat(r.message()).contains(words);
        });
    }
}
