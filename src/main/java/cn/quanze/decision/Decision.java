package cn.quanze.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract's decision object. Extensions beyond the contract: {@code act} (the act decided on),
 * {@code advice} (what to do instead), {@code factsUsed} (facts after reading the question),
 * {@code asOf} (the day decided for) and {@code rules} (each fired rule's Chinese title and effect, the rule
 * of rules/verdict.drl that combined the verdict last; {@code rulesFired} lists the others) and {@code asks} (for a
 * message that asks several things at once, each ask's own answer, in the order asked; absent otherwise).
 */
public record Decision(String id, Verdict verdict, BodyRef body, ItemRef item, List<Candidate> candidates,
                       List<Reason> reasons, List<Condition> conditions, List<BasisRef> basis,
                       List<String> rulesFired, CatalogueRef catalogue, String act, List<String> advice,
                       Facts factsUsed, LocalDate asOf, List<RuleRef> rules, List<AskAnswer> asks) {

    public record BodyRef(String input, String name, String kind) {}

    public record ItemRef(int id, String type, String name) {}

    public record Candidate(int id, String name, double score) {}

    /** A reason; {@code effect} (extension) is the effect of the rule that gave it. */
    public record Reason(String code, String message, Effect effect) {
        /** This reason pushes towards {@code v}. */
        public boolean decides(Verdict v) {
            return effect != null && effect.pushes() == v;
        }
    }

    public record Condition(String code, String fact, String message) {}

    public record BasisRef(String source, String edition, List<String> provisions, String citation) {}

    public record CatalogueRef(String name, String version, String sha256) {}

    /** A rule that fired: its stable name, its Chinese title and its effect (PERMIT, REFUSE, CONDITION, …). */
    public record RuleRef(String name, String title, String effect) {}

    /**
     * One ask of a message that asks several: its words, and its own verdict, item and reasons — {@code verdict} null
     * for an ask that names no act of power (二是要不要上党政联席会研究), which the tool does not answer.
     */
    public record AskAnswer(String question, Verdict verdict, ItemRef item, List<Reason> reasons,
                            List<Condition> conditions) {}

    /** This decision with the answers to each ask of its message. */
    public Decision withAsks(List<AskAnswer> v) {
        return new Decision(id, verdict, body, item, candidates, reasons, conditions, basis, rulesFired, catalogue, act,
                advice, factsUsed, asOf, rules, List.copyOf(v));
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code.name()));
    }

    public static Builder builder(String id, Verdict verdict) {
        return new Builder(id, verdict);
    }

    /** Builds a decision field by field; {@code rulesFired} is taken from {@code rules}. */
    public static final class Builder {
        private final String id;
        private final Verdict verdict;
        private BodyRef body;
        private ItemRef item;
        private List<Candidate> candidates = List.of();
        private List<Reason> reasons = List.of();
        private List<Condition> conditions = List.of();
        private List<BasisRef> basis = List.of();
        private List<RuleRef> rules = List.of();
        private CatalogueRef catalogue;
        private String act;
        private List<String> advice = List.of();
        private Facts factsUsed = Facts.NONE;
        private LocalDate asOf;

        private Builder(String id, Verdict verdict) {
            this.id = id;
            this.verdict = verdict;
        }

        public Builder body(BodyRef v) { body = v; return this; }
        public Builder item(ItemRef v) { item = v; return this; }
        public Builder candidates(List<Candidate> v) { candidates = List.copyOf(v); return this; }
        public Builder reasons(List<Reason> v) { reasons = List.copyOf(v); return this; }
        public Builder conditions(List<Condition> v) { conditions = List.copyOf(v); return this; }
        public Builder basis(List<BasisRef> v) { basis = List.copyOf(v); return this; }
        public Builder rules(List<RuleRef> v) { rules = List.copyOf(v); return this; }
        public Builder catalogue(CatalogueRef v) { catalogue = v; return this; }
        public Builder act(String v) { act = v; return this; }
        public Builder advice(List<String> v) { advice = List.copyOf(v); return this; }
        public Builder factsUsed(Facts v) { factsUsed = v; return this; }
        public Builder asOf(LocalDate v) { asOf = v; return this; }

        public Decision build() {
            return new Decision(id, verdict, body, item, candidates, reasons, conditions, basis,
                    rules.stream().filter(r -> !r.effect().equals(Effect.COMBINE.name())).map(RuleRef::name).toList(), catalogue, act, advice, factsUsed, asOf, rules, null);
        }
    }
}
