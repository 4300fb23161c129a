package cn.quanze.vetting;

/**
 * The report's {@code issuer} object. Filled in by the issuer rules (not by this package),
 * from {@code catalog/issuers-2023.tsv}.
 *
 * @param input    the issuer as written in the draft
 * @param name     canonical name on the issuer list; null when unresolved
 * @param kind     kind of body (e.g. 县政府, 乡镇人民政府, 县政府工作部门); null when unresolved
 * @param listed   the body is on the issuer list (五政办发〔2023〕23号)
 * @param category the list's 类别名称 (e.g. 县政府工作部门); null when not listed
 * @param vertical the body is vertically managed (must also file with its superior)
 */
public record IssuerSummary(String input, String name, String kind, boolean listed, String category,
                            boolean vertical) {

    /** An issuer that nothing is known about yet (before the issuer rules ran). */
    public static IssuerSummary unresolved(String input) {
        return new IssuerSummary(input, null, null, false, null, false);
    }
}
