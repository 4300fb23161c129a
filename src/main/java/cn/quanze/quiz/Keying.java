package cn.quanze.quiz;

import cn.quanze.decision.Decision;
import cn.quanze.decision.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Keys engine-decided questions (SCENARIO, ISSUER) from the decision of their probe, and letters options. */
final class Keying {
    private Keying() {}

    /**
     * Letters the options, checks every option against the engine, and writes the explanation from the decision.
     * Returns null unless exactly one option agrees with the decision and it is the one marked correct.
     */
    static Question finish(Stem stem, List<Option> opts, Decision dec, Probe probe) {
        List<Option> lettered = letter(opts);
        if (!keyedByEngine(lettered, dec)) return null;
        List<String> basis = new ArrayList<>();
        for (Decision.BasisRef b : dec.basis()) basis.add(b.citation());
        return new Question(stem.id(), stem.ref(), stem.kind(), stem.title(), stem.text(), lettered, keyOf(lettered),
                explanation(dec, basis), basis, stem.itemId(), probe, dec.verdict().name());
    }

    /** Whether exactly one option agrees with the decision and every option's mark says so. */
    static boolean keyedByEngine(List<Option> opts, Decision dec) {
        Set<String> u = Question.universe(opts);
        long right = 0;
        for (Option o : opts) {
            boolean m = Question.keyMatches(o, dec, u);
            if (m != o.correct()) return false; // impossible by construction; never emit a key the engine disagrees with
            if (m) right++;
        }
        return right == 1;
    }

    private static String explanation(Decision dec, List<String> basis) {
        StringBuilder e = new StringBuilder("结论：").append(dec.verdict().label()).append("。");
        for (Decision.Reason r : dec.reasons()) e.append(r.message());
        if (dec.verdict() == Verdict.CONDITIONAL && !dec.conditions().isEmpty()) e.append(conditions(dec));
        if (dec.advice() != null && !dec.advice().isEmpty()) e.append("建议：").append(String.join("", dec.advice()));
        if (!basis.isEmpty()) e.append("依据：").append(String.join("；", basis)).append("。");
        return e.toString();
    }

    /** “须查明：a；b。” */
    static String conditions(Decision dec) {
        List<String> cs = new ArrayList<>();
        for (Decision.Condition c : dec.conditions()) cs.add(c.message());
        return "须查明：" + String.join("；", cs) + "。";
    }

    /** Every reason message of the decision, in order. */
    static String reasons(Decision dec) {
        List<String> m = new ArrayList<>();
        for (Decision.Reason r : dec.reasons()) m.add(r.message());
        return String.join("", m);
    }

    static List<Option> letter(List<Option> opts) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < opts.size(); i++) out.add(opts.get(i).withKey(String.valueOf((char) ('A' + i))));
        return out;
    }

    static String keyOf(List<Option> opts) {
        return opts.stream().filter(Option::correct).map(Option::key).findFirst().orElseThrow();
    }
}
