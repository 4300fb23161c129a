package cn.quanze.engine;

/** One finding of a draft's vetting, as the rules of vetting.drl see it. */
public final class FindingFact {
    private final String code;
    private final String severity;

    public FindingFact(String code, String severity) {
        this.code = code;
        this.severity = severity;
    }

    public String getCode() { return code; }
    public String getSeverity() { return severity; }
}
