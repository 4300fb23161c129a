package cn.quanze.engine;

import cn.quanze.decision.Effect;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules conclude for one request; set as the global {@code outcome} before firing.
 * Rules add reasons, conditions and advice; each reason carries the {@code @effect} of the rule
 * that gave it, and rules/verdict.drl turns those effects into the verdict.
 */
public final class Outcome {

    public record Found(ReasonCode code, String message, String rule, Effect effect) {}

    public record Needed(String code, String fact, String message) {}

    final List<Found> reasons = new ArrayList<>();
    final List<Needed> conditions = new ArrayList<>();
    final List<String> advice = new ArrayList<>();
    final List<RuleOutcome.FiredRule> rulesFired = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<RuleOutcome.RuleProvision> provisions = new ArrayList<>();
    Verdict verdict;
    String verdictRule;
    String currentRule = "";
    Effect currentEffect = Effect.INFORM;

    public void reason(ReasonCode code, String message) {
        reasons.add(new Found(code, message, currentRule, currentEffect));
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

    /** rules/verdict.drl: the verdict combined from the deciding effects. */
    public void verdict(Verdict v) {
        verdict = v;
        verdictRule = currentRule;
    }
}
