package cn.quanze.quiz;

import cn.quanze.decision.Decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One multiple-choice question with exactly one correct option.
 *
 * @param id          Q1, Q2 … in paper order
 * @param ref         a stable identifier of the underlying question (same ref = same question)
 * @param kind        the kind
 * @param title       short title (GIFT / Moodle name)
 * @param text        the question in Chinese
 * @param options     the options, A…
 * @param answer      the key of the correct option
 * @param explanation the explanation, citing the basis
 * @param basis       the citations the explanation rests on
 * @param itemId      the catalogue item, when there is one
 * @param probe       SCENARIO / ISSUER: the structured request whose decision keys the question; else null
 * @param verdict     SCENARIO / ISSUER: the engine's verdict when generated; else null
 */
public record Question(String id, String ref, QuestionKind kind, String title, String text, List<Option> options,
                       String answer, String explanation, List<String> basis, Integer itemId, Probe probe,
                       String verdict) {

    public Question {
        options = List.copyOf(options);
        basis = List.copyOf(basis);
    }

    public Option correctOption() {
        return options.stream().filter(Option::correct).findFirst().orElseThrow();
    }

    /** The codes any option of {@code options} asserts. */
    public static Set<String> universe(List<Option> options) {
        Set<String> u = new LinkedHashSet<>();
        for (Option o : options) if (o.codes() != null) u.addAll(o.codes());
        return u;
    }

    /**
     * Whether an option agrees with a decision: its verdict (if any) is the decision's, and its codes (if any) are
     * exactly the decision's reason codes among all codes the question's options use.
     */
    public static boolean keyMatches(Option o, Decision d, Set<String> universe) {
        if (o.verdict() != null && !o.verdict().equals(d.verdict().name())) return false;
        if (o.codes() == null) return true;
        Set<String> have = new LinkedHashSet<>();
        for (Decision.Reason r : d.reasons()) if (universe.contains(r.code())) have.add(r.code());
        return have.equals(new LinkedHashSet<>(o.codes()));
    }
}
