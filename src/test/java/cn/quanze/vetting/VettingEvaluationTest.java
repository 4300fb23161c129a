package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vetting evaluation set (src/test/resources/vetting-eval/): its size and split, the figures on the tuning
 * part, and a floor under the held-out part at the figures of its only run before any change (README). The floor
 * guards against a change that loses ground; it is not a target to tune the held-out part towards. Between rounds
 * the held-out part holds no sentences.
 */
class VettingEvaluationTest {
    static TextDetector detector;
    static List<VettingEvaluation.Case> tuning;
    static List<VettingEvaluation.Case> heldOut;

    @BeforeAll
    static void load() throws Exception {
        detector = TextDetector.fromHome(TestPaths.home(), VettingSettings.load(TestPaths.settings()));
        tuning = VettingEvaluation.read(TestPaths.home().resolve(VettingEvaluation.TUNING));
        heldOut = VettingEvaluation.read(TestPaths.home().resolve(VettingEvaluation.HELD_OUT));
    }

    private static Map<String, Long> perCode(List<VettingEvaluation.Case> cases) {
        return cases.stream().flatMap(c -> c.expected().isEmpty() ? java.util.stream.Stream.of(VettingEvaluation.LAWFUL)
                : c.expected().stream()).collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }

    @Test
    void theSetHasEnoughWordingsAndAThirdIsKeptAside() {
        Map<String, Long> t = perCode(tuning);
        Map<String, Long> h = perCode(heldOut);
        for (String code : FindingCodes.TEXT_CODES) {
            assertThat(t.getOrDefault(code, 0L) + h.getOrDefault(code, 0L)).as(code).isGreaterThanOrEqualTo(30);
        }
        assertThat(t.get(VettingEvaluation.LAWFUL) + h.getOrDefault(VettingEvaluation.LAWFUL, 0L)).isGreaterThanOrEqualTo(80);
        java.util.Set<String> tuned = new java.util.HashSet<>(tuning.stream().map(VettingEvaluation.Case::sentence).toList());
        assertThat(heldOut).extracting(VettingEvaluation.Case::sentence).noneMatch(tuned::contains);
        // Between rounds the held-out part is empty: the previous round was merged into the tuning part and the
        // next is being written by someone who does not see the detectors. Round 14 made up a third of all sentences;
        // rounds 15 to 19, each written in one session by four writers, are about a tenth (round 19: 7.8–8.0 % per finding)
        // (README, vetting section): each finding keeps at least a thousand unseen sentences, and at least one in sixteen of
        // all its sentences, aside.
        if (!heldOut.isEmpty()) {
            for (String code : FindingCodes.TEXT_CODES) {
                long all = t.getOrDefault(code, 0L) + h.getOrDefault(code, 0L);
                assertThat(h.getOrDefault(code, 0L)).as(code + " kept aside").isGreaterThanOrEqualTo(1000);
                assertThat(16 * h.getOrDefault(code, 0L)).as(code + " kept aside").isGreaterThanOrEqualTo(all);
            }
        }
    }

    @Test
    void theTuningPartReachesNinetyFivePercentOnEveryFinding() {
        VettingEvaluation.Result r = VettingEvaluation.run(detector, tuning);
        assertThat(r.scores()).hasSize(4).allSatisfy(s -> {
            assertThat(s.recall()).as(s.code() + " recall; misses: " + r.misses()).isGreaterThanOrEqualTo(0.95);
            assertThat(s.precision()).as(s.code() + " precision; misses: " + r.misses()).isGreaterThanOrEqualTo(0.95);
        });
    }

    @Test
    void theTuningPartDoesNotFallBelowItsFigures() {
        // TP, FP, FN of the tuning part (rounds 2 to 18 and the detector author's batches, 76,728 sentences) with the rules
        // and the model after round 18 was merged and tuned on; a change that finds less or raises more stops here.
        Map<String, int[]> floor = Map.of(
                "SETS_PENALTY", new int[] {16980, 470, 287},
                "SETS_LICENCE", new int[] {16998, 358, 85},
                "SETS_COMPULSORY_MEASURE", new int[] {16810, 333, 210},
                "SETS_FEE", new int[] {16701, 355, 410});
        VettingEvaluation.Result r = VettingEvaluation.run(detector, tuning);
        assertThat(r.scores()).extracting(VettingEvaluation.Score::code).containsExactlyInAnyOrderElementsOf(floor.keySet());
        for (VettingEvaluation.Score s : r.scores()) {
            int[] f = floor.get(s.code());
            assertThat(s.truePositives()).as(s.code() + " found").isGreaterThanOrEqualTo(f[0]);
            assertThat(s.falsePositives()).as(s.code() + " false alarms").isLessThanOrEqualTo(f[1]);
        }
    }

    @Test
    void theHeldOutPartDoesNotFallBelowItsRecordedFigures() {
        // TP, FP, FN of the held-out part's first run (README, vetting section): round 19, 6,859 sentences by four writers
        // who never saw the detectors or the model, run once after round 18 had been merged and tuned on. Between rounds
        // the part is empty and so is this map: the first assertion fails on either mismatch, so the floor is never a
        // stand-in.
        Map<String, int[]> recorded = Map.of(
                "SETS_PENALTY", new int[] {1404, 67, 71},
                "SETS_LICENCE", new int[] {1404, 70, 38},
                "SETS_COMPULSORY_MEASURE", new int[] {1415, 47, 42},
                "SETS_FEE", new int[] {1408, 54, 70});
        assertThat(recorded.isEmpty()).as("held-out sentences present but no first-run figures recorded")
                .isEqualTo(heldOut.isEmpty());
        if (heldOut.isEmpty()) return;
        assertThat(recorded.keySet()).as("a floor for every finding").containsExactlyInAnyOrderElementsOf(FindingCodes.TEXT_CODES);
        VettingEvaluation.Result r = VettingEvaluation.run(detector, heldOut);
        for (VettingEvaluation.Score s : r.scores()) {
            int[] f = recorded.get(s.code());
            assertThat(s.truePositives()).as(s.code()).isGreaterThanOrEqualTo(f[0]);
            assertThat(s.falsePositives()).as(s.code()).isLessThanOrEqualTo(f[1]);
        }
    }

    @Test
    void theHeldOutPartReachesNinetyFivePercentOnEveryFinding() {
        // issue 14's target, measured on round 19 (its only run, declared beforehand in the README); between rounds the
        // part is empty and there is nothing to measure
        if (heldOut.isEmpty()) return;
        VettingEvaluation.Result r = VettingEvaluation.run(detector, heldOut);
        assertThat(r.scores()).hasSize(4).allSatisfy(s -> {
            assertThat(s.recall()).as(s.code() + " recall").isGreaterThanOrEqualTo(0.95);
            assertThat(s.precision()).as(s.code() + " precision").isGreaterThanOrEqualTo(0.95);
        });
    }

    @Test
    void aMissIsListedWithItsLabelAndWhatWasFound() {
        List<VettingEvaluation.Case> cases = List.of(
                new VettingEvaluation.Case(java.util.Set.of(FindingCodes.SETS_FEE), "每户每年缴纳卫生费五十元。", 1),
                new VettingEvaluation.Case(java.util.Set.of(), "对违规者处以二百元罚款。", 2),
                new VettingEvaluation.Case(java.util.Set.of(FindingCodes.SETS_LICENCE), "加强宣传引导。", 3));
        VettingEvaluation.Result r = VettingEvaluation.run(detector, cases);
        assertThat(r.misses()).extracting(m -> m.c().line()).containsExactly(2, 3);
        VettingEvaluation.Score penalty = r.scores().stream().filter(s -> s.code().equals(FindingCodes.SETS_PENALTY)).findFirst().orElseThrow();
        assertThat(penalty.falsePositives()).isEqualTo(1);
        assertThat(penalty.precision()).isZero();
        VettingEvaluation.Score licence = r.scores().stream().filter(s -> s.code().equals(FindingCodes.SETS_LICENCE)).findFirst().orElseThrow();
        assertThat(licence.recall()).isZero();
    }
}
