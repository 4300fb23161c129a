package cn.quanze.vetting;

import java.util.List;

/**
 * The vetting report (contract: "Vetting report"):
 * {@code {"id", "verdict", "issuer": {...}, "findings": [...]}}, plus {@code rulesFired} (extension).
 * {@code verdict} is what the rules of {@code rules/vetting.drl} concluded ({@link VettingService}); nothing in
 * Java derives it from the findings.
 */
public record VettingReport(String id, String verdict, IssuerSummary issuer, List<Finding> findings,
                            List<String> rulesFired) {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    public VettingReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
        rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
    }

    public boolean passed() {
        return PASS.equals(verdict);
    }
}
