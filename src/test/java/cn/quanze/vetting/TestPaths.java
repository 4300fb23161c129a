package cn.quanze.vetting;

import java.nio.file.Path;

final class TestPaths {
    private TestPaths() {
    }

    static Path home() {
        return Path.of(System.getProperty("quanze.home", "."));
    }

    static Path patterns() {
        return home().resolve(PatternCatalogue.DEFAULT_PATH);
    }

    static Path settings() {
        return home().resolve(VettingSettings.DEFAULT_PATH);
    }

    static Path gazette() {
        return cn.quanze.QuanzeFixture.gazette();
    }
}
