package cn.quanze.vetting;

import java.util.List;
import java.util.Set;

/**
 * The finding codes of the vetting report. The first group is produced by the issuer
 * rules (filled in by the integrator); the text codes by {@link TextDetector} from
 * {@code catalog/vetting-patterns.tsv}; the rest by {@link DraftChecks}.
 */
public final class FindingCodes {
    private FindingCodes() {
    }

    // issuer (produced elsewhere; listed so that the renderer can suggest a fix)
    public static final String ISSUER_NOT_LISTED = "ISSUER_NOT_LISTED";
    public static final String VERTICAL_DUAL_FILING_REQUIRED = "VERTICAL_DUAL_FILING_REQUIRED";

    // text detectors (ERROR unless downgraded because the sentence cites a law or regulation)
    public static final String SETS_PENALTY = "SETS_PENALTY";
    public static final String SETS_LICENCE = "SETS_LICENCE";
    public static final String SETS_COMPULSORY_MEASURE = "SETS_COMPULSORY_MEASURE";
    public static final String SETS_FEE = "SETS_FEE";

    // non-text checks
    public static final String LEGALITY_REVIEW_MISSING = "LEGALITY_REVIEW_MISSING";
    public static final String DOC_NUMBER_MISSING = "DOC_NUMBER_MISSING";
    public static final String DOC_NUMBER_MALFORMED = "DOC_NUMBER_MALFORMED";
    public static final String TITLE_USES_TIAOLI = "TITLE_USES_TIAOLI";
    public static final String VALIDITY_TOO_LONG = "VALIDITY_TOO_LONG";
    public static final String NO_PUBLIC_COMMENT = "NO_PUBLIC_COMMENT";

    // report size: the findings beyond VettingService.MAX_FINDINGS are counted, not listed (INFO)
    public static final String FINDINGS_TRUNCATED = "FINDINGS_TRUNCATED";

    /** What each text code says a draft sets, in Chinese (for the model's warnings). */
    public static final java.util.Map<String, String> TEXT_LABELS = java.util.Map.of(SETS_PENALTY, "行政处罚",
            SETS_LICENCE, "行政许可", SETS_COMPULSORY_MEASURE, "行政强制措施", SETS_FEE, "收费");

    /** Codes a row of the pattern catalogue may carry. */
    public static final Set<String> TEXT_CODES = Set.of(SETS_PENALTY, SETS_LICENCE, SETS_COMPULSORY_MEASURE, SETS_FEE);

    /** Every code this package knows, in the order the opinion lists suggestions. */
    public static final List<String> ALL = List.of(
            ISSUER_NOT_LISTED, VERTICAL_DUAL_FILING_REQUIRED, LEGALITY_REVIEW_MISSING,
            SETS_PENALTY, SETS_LICENCE, SETS_COMPULSORY_MEASURE, SETS_FEE,
            DOC_NUMBER_MISSING, DOC_NUMBER_MALFORMED, TITLE_USES_TIAOLI, VALIDITY_TOO_LONG, NO_PUBLIC_COMMENT, FINDINGS_TRUNCATED);
}
