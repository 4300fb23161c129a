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

    /** The shipped settings file, as properties to edit in a test. */
    static java.util.Properties settingsProperties() {
        java.util.Properties p = new java.util.Properties();
        try (var r = java.nio.file.Files.newBufferedReader(settings(), java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    static Path gazette() {
        return cn.quanze.QuanzeFixture.gazette();
    }
}
