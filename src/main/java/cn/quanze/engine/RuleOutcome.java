package cn.quanze.engine;

import java.util.List;

/**
 * What the rules concluded, free of Drools types.
 *
 * @param provisions the provisions the fired rules rest on, in firing order
 * @param failures   for vetting: why the draft may not be issued (empty: it passes)
 */
public record RuleOutcome(List<Outcome.Found> reasons, List<Outcome.Needed> conditions, List<String> advice,
                          List<String> rulesFired, List<RuleProvision> provisions, List<String> failures) {

    /** The provision a rule's metadata names as its ground. */
    public record RuleProvision(String rule, String source, String edition, String articles) {}
}
