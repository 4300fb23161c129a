package cn.quanze.vetting;

import java.time.LocalDate;

/**
 * A draft normative document, the input of {@code vet} (contract: "Draft normative document").
 * Field names are those of the contract's JSON object; the record maps directly with Jackson.
 *
 * @param id                optional, echoed back in the report
 * @param issuer            required: the body in whose name the document is to be issued
 * @param title             required
 * @param docNumber         optional, e.g. {@code 五民发〔2024〕3号}
 * @param issueDate         optional
 * @param validUntil        optional
 * @param legalityReviewed  optional: the 合法性审核 has been done; null = not shown (treated as not done)
 * @param text              required: the full text
 * @param affectsBusinesses extension (not in the contract's table, which allows additions): the document
 *                          closely concerns businesses' production and operation (优化营商环境条例第六十二条);
 *                          null = not stated, no public-comment check
 * @param publicCommentDays extension: days the draft was open for public comment; null = none stated
 */
public record Draft(String id, String issuer, String title, String docNumber, LocalDate issueDate,
                    LocalDate validUntil, Boolean legalityReviewed, String text,
                    Boolean affectsBusinesses, Integer publicCommentDays) {

    /** The contract's fields only (no public-comment information). */
    public Draft(String id, String issuer, String title, String docNumber, LocalDate issueDate,
                 LocalDate validUntil, Boolean legalityReviewed, String text) {
        this(id, issuer, title, docNumber, issueDate, validUntil, legalityReviewed, text, null, null);
    }

    /** The title says the document is provisional: 暂行 or 试行. */
    public boolean provisional() {
        return title != null && (title.contains("暂行") || title.contains("试行"));
    }
}
