package cn.quanze.engine;

import cn.quanze.decision.ReasonCode;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules conclude for one request; set as the global {@code outcome} before firing.
 * Rules only add to it; the verdict is combined afterwards (see AuthorityService).
 */
public final class Outcome {

    public record Found(ReasonCode code, String message, String rule) {}

    public record Needed(String code, String fact, String message) {}

    final List<Found> reasons = new ArrayList<>();
    final List<Needed> conditions = new ArrayList<>();
    final List<String> advice = new ArrayList<>();
    final List<String> rulesFired = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<RuleOutcome.RuleProvision> provisions = new ArrayList<>();
    String currentRule = "";

    public void reason(ReasonCode code, String message) {
        reasons.add(new Found(code, message, currentRule));
    }

    public void condition(String code, String fact, String message) {
        conditions.add(new Needed(code, fact, message));
    }

    /** Vetting: the draft may not be issued as it stands. */
    public void fail(String message) {
        failures.add(message);
    }

    public void advise(String text) {
        if (!advice.contains(text)) advice.add(text);
    }
}
