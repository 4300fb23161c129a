package cn.quanze.decision;

/**
 * Reason codes: the contract's, plus extensions. A code names why; whether it permits or refuses
 * is the {@code @effect} of the rule that gives it (rules/*.drl), not a property of the code.
 */
public enum ReasonCode {
    WITHIN_CATALOGUE,
    NOT_IN_CATALOGUE,
    STAGE_EXCEEDS_POWER,
    OUT_OF_JURISDICTION,
    LOCATION_UNRESOLVED,
    PRECONDITION_UNMET,
    SIMPLIFIED_PROCEDURE_LIMIT,
    PENALTY_KIND_NOT_AVAILABLE,
    PENALTY_OUT_OF_RANGE,
    AMBIGUOUS_MATCH,
    BODY_NOT_COVERED,
    UNKNOWN_BODY,
    ISSUER_LISTED,
    ISSUER_NOT_LISTED,
    VERTICAL_DUAL_FILING_REQUIRED,
    // extensions
    /** The item's own conditions are not yet known to hold. */
    CONDITIONS_TO_CHECK,
    /** Neither an item number nor a usable question was given. */
    NO_USABLE_QUERY,
    /** The free-text match is weak: candidates are shown instead of a guess. */
    WEAK_MATCH,
    /** The item excludes some cases (…除外); the answer holds outside them. */
    EXCLUSION_NOTED,
    /** The penalty stays within the simplified procedure of items 149–152. */
    SIMPLIFIED_PROCEDURE_MET,
    /** What the item's own articles provide (kinds and ranges), or that they could not be checked. */
    PENALTY_RANGE_NOTED,
    /** The zone width a distance the question states falls within, and the provision setting it (informative). */
    ZONE_REACH_NOTED,
    /** On the day asked, the loaded list had not yet been issued: that day's list is not loaded. */
    LIST_NOT_IN_FORCE,
    /** A law the item cites has since been revised or replaced: the articles should be checked against the new text. */
    BASIS_REVISED,
    /** The item's own citation is doubtful (a wrong or superseded article): check it before relying on it. */
    BASIS_DOUBTFUL,
    /** The normative document asked about would set a penalty, licence, compulsory measure or fee. */
    DOCUMENT_CANNOT_SET,
    /** What the normative document asked about would itself do is beyond the body's own powers (or not yet known to be within). */
    DOCUMENT_BEYOND_POWER,
    /**
     * The normative document's term, comment period or title, as the question tells it, is not one the figures allow
     * (catalog/vetting-settings.properties), or the document has lapsed and is still to be relied on.
     */
    DOCUMENT_FORM,
    /** The party the act would fall on has died or been deregistered: the list does not say what then. */
    PARTY_CEASED,
    /** The party asked about is an administrative organ or the township itself, not a citizen or organisation. */
    PARTY_IS_AUTHORITY,
    /** The act would be done by a village committee in the township's stead: the list grants the township, not the village. */
    DELEGATED_TO_VILLAGE,
    /** The village committee does the act on a duty the item's own law lays on it, not as the township's hand (informative). */
    VILLAGE_OWN_DUTY,
    /** The dispute asked about is already before a court: whether the township may still decide or mediate is not settled here. */
    BEFORE_COURT,
    /**
     * The fine or the confiscated goods would be kept, used or sold off by the township (or paid to a village): they go to
     * the treasury, and confiscated goods are auctioned or handled by the state's rules (行政处罚法第七十四条).
     */
    PROCEEDS_TO_TREASURY,
    /**
     * The township acting as a legal person in civil law (签协议, 起诉, 约定抽成): lawful or not by civil law (民法典第九十七条
     * lets an organ do the civil acts its functions need), and no power of the catalogue; the list gives no answer.
     */
    CIVIL_ACT
}
