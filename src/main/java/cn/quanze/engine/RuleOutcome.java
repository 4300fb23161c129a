package cn.quanze.engine;

import cn.quanze.decision.Effect;
import cn.quanze.decision.Verdict;

import java.util.List;

/**
 * What the rules concluded, free of Drools types.
 *
 * @param verdict     the verdict rules/verdict.drl combined (null for vetting)
 * @param rulesFired  the rules that fired, in firing order, the combining rule of rules/verdict.drl last
 * @param provisions  the provisions the fired rules rest on, in firing order
 * @param failures    for vetting: why the draft may not be issued (empty: it passes)
 */
public record RuleOutcome(Verdict verdict, String verdictRule, List<Outcome.Found> reasons, List<Outcome.Needed> conditions,
                          List<String> advice, List<FiredRule> rulesFired, List<RuleProvision> provisions,
                          List<String> failures) {

    /** A rule that fired, with its Chinese title and its effect (from its metadata). */
    public record FiredRule(String name, String title, Effect effect) {}

    /** The provision a rule's metadata names as its ground. */
    public record RuleProvision(String rule, String source, String edition, String articles) {}

    /** The deciding and explaining rules (the contract's {@code rulesFired}): all but the one that combined the verdict. */
    public List<String> ruleNames() {
        return rulesFired.stream().filter(r -> r.effect() != Effect.COMBINE).map(FiredRule::name).toList();
    }
}
