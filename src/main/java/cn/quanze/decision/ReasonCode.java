package cn.quanze.decision;

/**
 * Reason codes: the contract's, plus a few extensions. Each says which verdict it pushes towards;
 * {@code null} means the reason informs without deciding.
 */
public enum ReasonCode {
    WITHIN_CATALOGUE(Verdict.PERMITTED),
    NOT_IN_CATALOGUE(Verdict.NOT_PERMITTED),
    STAGE_EXCEEDS_POWER(Verdict.NOT_PERMITTED),
    OUT_OF_JURISDICTION(Verdict.NOT_PERMITTED),
    LOCATION_UNRESOLVED(null),
    PRECONDITION_UNMET(Verdict.NOT_PERMITTED),
    SIMPLIFIED_PROCEDURE_LIMIT(Verdict.NOT_PERMITTED),
    PENALTY_KIND_NOT_AVAILABLE(Verdict.NOT_PERMITTED),
    BODY_NOT_COVERED(Verdict.UNDETERMINED),
    UNKNOWN_BODY(Verdict.UNDETERMINED),
    ISSUER_LISTED(Verdict.PERMITTED),
    ISSUER_NOT_LISTED(Verdict.NOT_PERMITTED),
    VERTICAL_DUAL_FILING_REQUIRED(null),
    // extensions
    /** The item's own conditions are not yet known to hold: the verdict is CONDITIONAL. */
    CONDITIONS_TO_CHECK(Verdict.CONDITIONAL),
    /** Neither an item number nor a usable question was given. */
    NO_USABLE_QUERY(Verdict.UNDETERMINED),
    /** The free-text match is weak: candidates are shown instead of a guess. */
    WEAK_MATCH(null),
    /** The item excludes some cases (…除外); the answer holds outside them. */
    EXCLUSION_NOTED(null),
    /** The penalty stays within the simplified procedure of items 149–152. */
    SIMPLIFIED_PROCEDURE_MET(null),
    /** On the day asked, the loaded list had not yet been issued: that day's list is not loaded. */
    LIST_NOT_IN_FORCE(Verdict.UNDETERMINED),
    /** A law the item cites has since been revised or replaced: the articles should be checked against the new text. */
    BASIS_REVISED(null);

    private final Verdict pushes;

    ReasonCode(Verdict pushes) {
        this.pushes = pushes;
    }

    public Verdict pushes() {
        return pushes;
    }
}
