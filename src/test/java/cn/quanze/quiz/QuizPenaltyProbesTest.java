package cn.quanze.quiz;

import cn.quanze.QuanzeFixture;
import cn.quanze.decision.Decision;
import cn.quanze.catalogue.PartyType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The penalties asked under items 149–152 sit around the simplified-procedure limits the generator is given, and
 * their keys are whatever the engine decides for that very request: when the rules refuse a unit's warning or fine
 * under the cited article, the quiz keys it so without a change here.
 */
class QuizPenaltyProbesTest {

    private static final List<String> UNIT_PROBES = List.of("ORGANIZATION/WARNING", "ORGANIZATION/FINE/1000", "ORGANIZATION/FINE/3000");

    @Test
    void unitPenaltiesOfItems149To152AreKeyedByTheEngine() {
        QuizGenerator g = new QuizGenerator(QuanzeFixture.quanze());
        List<Question> all = g.generate(new QuizSpec(QuizSpec.MAX_COUNT, 1, List.of(QuestionKind.SCENARIO), Difficulty.NORMAL, null));
        int checked = 0;
        for (int item = 149; item <= 152; item++) {
            for (String probe : UNIT_PROBES) {
                String ref = "simple/" + item + "/" + probe;
                Question q = all.stream().filter(x -> x.ref().equals(ref)).findFirst().orElseThrow(() -> new AssertionError(ref));
                Decision d = QuanzeFixture.quanze().authority().decide(q.probe().request("recheck"));
                assertThat(q.probe().facts().partyType()).as(ref).isEqualTo(PartyType.ORGANIZATION);
                assertThat(q.correctOption().verdict()).as(ref).isEqualTo(d.verdict().name());
                assertThat(q.verdict()).as(ref).isEqualTo(d.verdict().name());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void fineAmountsFollowTheLimitsTheGeneratorIsGiven() {
        QuizGenerator g = new QuizGenerator(QuanzeFixture.quanze(), new SimplifiedProcedureLimits(100, 2100));
        List<String> refs = g.refs(QuestionKind.SCENARIO).stream().filter(r -> r.startsWith("simple/150/")).toList();
        assertThat(refs).contains("simple/150/INDIVIDUAL/FINE/100", "simple/150/INDIVIDUAL/FINE/150",
                "simple/150/ORGANIZATION/FINE/2100", "simple/150/ORGANIZATION/FINE/3500", "simple/150/ANY/FINE/700");
        assertThat(refs).noneMatch(r -> r.endsWith("/FINE/200") || r.endsWith("/FINE/3000"));
        assertThat(new QuizGenerator(QuanzeFixture.quanze()).refs(QuestionKind.SCENARIO))
                .contains("simple/150/INDIVIDUAL/FINE/200", "simple/150/ORGANIZATION/FINE/3000");
    }

    @Test
    void limitsThatCannotBeRightAreRefused() {
        assertThatThrownBy(() -> new SimplifiedProcedureLimits(3000, 200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("简易程序罚款限额");
        assertThatThrownBy(() -> new SimplifiedProcedureLimits(0, 3000)).isInstanceOf(IllegalArgumentException.class);
    }
}
