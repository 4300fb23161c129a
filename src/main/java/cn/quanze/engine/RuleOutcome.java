package cn.quanze.engine;

import java.util.List;

/**
 * What the rules concluded, free of Drools types.
 *
 * @param provisions the provisions the fired rules rest on, as (source, edition, provisions) triples in firing order
 */
public record RuleOutcome(List<Outcome.Found> reasons, List<Outcome.Needed> conditions, List<String> advice,
                          List<String> rulesFired, List<RuleProvision> provisions) {

    /** A provision named in a rule's metadata. */
    public record RuleProvision(String source, String edition, String articles) {}
}
