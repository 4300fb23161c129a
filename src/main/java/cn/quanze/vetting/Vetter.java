package cn.quanze.vetting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Convenience facade: text detectors + draft checks → {@link VettingReport}. The issuer findings
 * ({@code ISSUER_NOT_LISTED}, {@code VERTICAL_DUAL_FILING_REQUIRED}) and the {@link IssuerSummary} come
 * from the issuer rules and are passed in. The integrator may equally call {@link TextDetector} and
 * {@link DraftChecks} separately (e.g. as Drools facts) and build the report with
 * {@link VettingReport#of}.
 *
 * <p>Findings are ordered: issuer findings, then text findings (text order), then draft checks.
 */
public final class Vetter {
    private final TextDetector detector;
    private final DraftChecks checks;

    public Vetter(TextDetector detector, DraftChecks checks) {
        this.detector = Objects.requireNonNull(detector);
        this.checks = Objects.requireNonNull(checks);
    }

    /** Loads {@code catalog/vetting-patterns.tsv} and {@code catalog/vetting-settings.properties} under {@code home}. */
    public static Vetter fromHome(Path home) {
        VettingSettings settings = VettingSettings.load(home.resolve(VettingSettings.DEFAULT_PATH));
        PatternCatalogue catalogue = PatternCatalogue.load(home.resolve(PatternCatalogue.DEFAULT_PATH));
        return new Vetter(new TextDetector(catalogue, settings), new DraftChecks(settings));
    }

    public TextDetector detector() {
        return detector;
    }

    public DraftChecks checks() {
        return checks;
    }

    /** Text and draft findings only (no issuer findings). */
    public List<Finding> findings(Draft draft) {
        List<Finding> out = new ArrayList<>(detector.detect(draft));
        out.addAll(checks.check(draft));
        return out;
    }

    /** The full report: {@code issuerFindings} first, then this package's findings; verdict derived. */
    public VettingReport vet(Draft draft, IssuerSummary issuer, List<Finding> issuerFindings) {
        List<Finding> all = new ArrayList<>(issuerFindings == null ? List.of() : issuerFindings);
        all.addAll(findings(draft));
        return VettingReport.of(draft.id(), issuer == null ? IssuerSummary.unresolved(draft.issuer()) : issuer, all);
    }
}
