package cn.quanze.evaluation;

import cn.quanze.decision.AuthorityRequest;
import cn.quanze.authority.AuthorityService;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.decision.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores the free-text matcher and the verdicts against a hand-labelled question set.
 * Top-1: the decided item is one of the expected (or none, when none is expected);
 * top-3: an expected item is among the first three candidates (or the decided item).
 */
public final class Evaluation {

    /**
     * One labelled question. {@code acceptVerdicts} lists every verdict a careful legal officer would
     * accept (absent: the expected verdict alone); {@code asOf}, when given, is the day the question is asked about,
     * as in a request (absent: today); {@code scoredOn} {@code "FIRST_ASK"} says the labels are those of the first ask of
     * a message that asks several things (the writer's convention in paraphrase round 54), so the item and verdict are
     * compared with that ask's answer in {@code asks} — a 可以 in the message's own verdict still counts as one.
     */
    public record Question(String id, String body, String query, Facts facts, List<Integer> expectItems,
                           String expectVerdict, List<String> acceptVerdicts, List<String> expectCodes, String note,
                           java.time.LocalDate asOf, String scoredOn) {
        public Set<String> accepted() {
            return acceptVerdicts == null || acceptVerdicts.isEmpty() ? Set.of(expectVerdict) : Set.copyOf(acceptVerdicts);
        }
    }

    public record Miss(Question question, Integer gotItem, List<Integer> gotCandidates, String gotVerdict,
                       List<String> gotCodes, boolean itemWrong, boolean verdictWrong) {}

    /**
     * @param falsePermits PERMITTED where PERMITTED is not an accepted verdict: the error that harms a user
     * @param permitted    PERMITTED answers in all
     * @param abstentions  UNDETERMINED where an answer other than UNDETERMINED exists
     * @param answerable   questions whose expected verdict is not UNDETERMINED
     */
    public record Report(int total, int top1, int top3, int verdicts, int falsePermits, int permitted,
                         int abstentions, int answerable, List<Miss> misses) {
        public double top1Rate() { return total == 0 ? 0 : (double) top1 / total; }
        public double top3Rate() { return total == 0 ? 0 : (double) top3 / total; }
        public double verdictRate() { return total == 0 ? 0 : (double) verdicts / total; }
        /** Share of PERMITTED answers that were right; 1 when nothing was permitted. */
        public double permitPrecision() { return permitted == 0 ? 1 : (double) (permitted - falsePermits) / permitted; }
        public double abstentionRate() { return answerable == 0 ? 0 : (double) abstentions / answerable; }
    }

    private Evaluation() {}

    public static Report run(AuthorityService service, List<Question> questions) {
        int top1 = 0, top3 = 0, verdicts = 0, falsePermits = 0, permitted = 0, abstentions = 0, answerable = 0;
        List<Miss> misses = new ArrayList<>();
        for (Question q : questions) {
            Decision d = service.decide(new AuthorityRequest(q.id(), q.body(), null, q.query(), null, q.facts(), q.asOf()));
            Decision.AskAnswer first = "FIRST_ASK".equals(q.scoredOn()) && d.asks() != null ? d.asks().get(0) : null;
            Decision.ItemRef item = first != null ? first.item() : d.item();
            Integer got = item == null ? null : item.id();
            List<Integer> cands = d.candidates().stream().map(Decision.Candidate::id).toList();
            Set<Integer> expected = Set.copyOf(q.expectItems() == null ? List.of() : q.expectItems());
            boolean ok1 = expected.isEmpty() ? got == null : got != null && expected.contains(got);
            boolean ok3 = ok1 || (!expected.isEmpty() && cands.stream().limit(3).anyMatch(expected::contains));
            Verdict scored = first != null && first.verdict() != null ? first.verdict() : d.verdict();
            String v = scored.name();
            boolean okV = q.accepted().contains(v);
            if (ok1) top1++;
            if (ok3) top3++;
            if (okV) verdicts++;
            // a 可以 counts where either the scored answer or the message's own verdict gives it
            if (scored == Verdict.PERMITTED || d.verdict() == Verdict.PERMITTED) {
                permitted++;
                if (!q.accepted().contains(Verdict.PERMITTED.name())) falsePermits++;
            }
            if (!q.expectVerdict().equals("UNDETERMINED")) {
                answerable++;
                if (v.equals("UNDETERMINED")) abstentions++;
            }
            if (!ok1 || !okV) {
                misses.add(new Miss(q, got, cands, v, d.reasons().stream().map(Decision.Reason::code).toList(), !ok1, !okV));
            }
        }
        return new Report(questions.size(), top1, top3, verdicts, falsePermits, permitted, abstentions, answerable, misses);
    }
}
