package cn.quanze.decision;

import java.util.List;

/**
 * The contract's decision object. Extensions beyond the contract: {@code act} (the act decided on),
 * {@code advice} (what to do instead), {@code factsUsed} (facts after reading the question) and
 * {@code asOf} (the day decided for).
 */
public record Decision(String id, Verdict verdict, BodyRef body, ItemRef item, List<Candidate> candidates,
                       List<Reason> reasons, List<Condition> conditions, List<BasisRef> basis,
                       List<String> rulesFired, CatalogueRef catalogue, String act, List<String> advice,
                       Facts factsUsed, java.time.LocalDate asOf) {

    public record BodyRef(String input, String name, String kind) {}

    public record ItemRef(int id, String type, String name) {}

    public record Candidate(int id, String name, double score) {}

    public record Reason(String code, String message) {}

    public record Condition(String code, String fact, String message) {}

    public record BasisRef(String source, String edition, List<String> provisions, String citation) {}

    public record CatalogueRef(String name, String version, String sha256) {}

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code.name()));
    }
}
