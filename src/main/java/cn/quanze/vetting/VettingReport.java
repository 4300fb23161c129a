package cn.quanze.vetting;

import java.util.List;

/**
 * The vetting report (contract: "Vetting report"):
 * {@code {"id", "verdict", "issuer": {...}, "findings": [...]}}, plus {@code rulesFired} (extension).
 * {@code verdict} is {@link #PASS} when no finding has severity ERROR, else {@link #FAIL}.
 */
public record VettingReport(String id, String verdict, IssuerSummary issuer, List<Finding> findings,
                            List<String> rulesFired) {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    public VettingReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
        rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
    }

    /** The same report with the verdict and the rules that decided it (extension: {@code rulesFired}). */
    public VettingReport decidedBy(String verdict, List<String> rules) {
        return new VettingReport(id, verdict, issuer, findings, rules);
    }

    /** Builds a report whose verdict is derived from the findings. */
    public static VettingReport of(String id, IssuerSummary issuer, List<Finding> findings) {
        return new VettingReport(id, verdictOf(findings), issuer, findings, List.of());
    }

    /** PASS when no finding is an ERROR. */
    public static String verdictOf(List<Finding> findings) {
        return findings != null && findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? FAIL : PASS;
    }

    public boolean passed() {
        return PASS.equals(verdict);
    }
}
