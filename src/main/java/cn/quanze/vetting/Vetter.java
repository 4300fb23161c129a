package cn.quanze.vetting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The findings of this package for one draft: text detectors, then draft checks. The verdict is not
 * decided here but by the rules of {@code rules/vetting.drl} ({@link VettingService}).
 */
public final class Vetter {
    private final TextDetector detector;
    private final DraftChecks checks;

    public Vetter(TextDetector detector, DraftChecks checks) {
        this.detector = Objects.requireNonNull(detector);
        this.checks = Objects.requireNonNull(checks);
        if (!detector.settings().equals(checks.settings())) {
            throw new IllegalArgumentException("detector and checks must use the same vetting settings");
        }
    }

    /**
     * Loads {@code catalog/vetting-patterns.tsv}, {@code catalog/vetting-settings.properties} and, when present,
     * {@code catalog/vetting-model.tsv} under {@code home}.
     */
    public static Vetter fromHome(Path home) {
        VettingSettings settings = VettingSettings.load(home.resolve(VettingSettings.DEFAULT_PATH));
        return new Vetter(TextDetector.fromHome(home, settings), new DraftChecks(settings));
    }

    public TextDetector detector() {
        return detector;
    }

    public DraftChecks checks() {
        return checks;
    }

    /** The settings both the detectors and the checks were built with. */
    public VettingSettings settings() {
        return checks.settings();
    }

    /** Text findings (text order), then the draft checks' findings. */
    public List<Finding> findings(Draft draft) {
        List<Finding> out = new ArrayList<>(detector.detect(draft));
        out.addAll(checks.check(draft));
        return out;
    }
}
