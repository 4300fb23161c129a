package cn.quanze;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh clone, with nothing beside it, must build and pass: no code, test, script or build file may
 * name a path outside the repository (a sibling folder, or an absolute path of the machine it was written on).
 */
class SelfContainedTest {

    // Built from pieces so that this file does not match itself.
    private static final Pattern OUTSIDE = Pattern.compile(String.join("|",
            Pattern.quote(".." + "/shared"), Pattern.quote(".." + "\\shared"),
            "(?<![\\w.])/" + "work/", "(?<![\\w.])/" + "root/", "(?<![\\w.])/" + "home/\\w",
            "[\"'][A-Za-z]:\\\\\\\\"));

    private static final Pattern CODE = Pattern.compile(".*\\.(java|xml|properties|js|html|css|drl|sh|cmd)$");

    private static List<Path> filesToScan(Path home) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src", ".ci", "build", "bench", "rules", "examples")) {
            Path d = home.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> CODE.matcher(p.getFileName().toString()).matches()
                                || p.getParent().getFileName().toString().equals(".ci")
                                || p.getParent().getFileName().toString().equals("build"))
                        .forEach(files::add);
            }
        }
        for (String f : List.of("pom.xml", "quanze", "quanze.cmd")) {
            if (Files.isRegularFile(home.resolve(f))) files.add(home.resolve(f));
        }
        return files;
    }

    @Test
    void noFileNamesAPathOutsideTheRepository() throws IOException {
        Path home = QuanzeFixture.home();
        List<Path> files = filesToScan(home);
        assertThat(files).as("the scan finds the sources, the build file and the scripts")
                .contains(home.resolve("pom.xml"), home.resolve("quanze"), home.resolve(".ci/run"),
                        home.resolve("src/test/java/cn/quanze/SelfContainedTest.java"));
        List<String> offences = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE.matcher(lines.get(i)).find()) offences.add(home.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertThat(offences).as("paths outside the repository").isEmpty();
    }

    @Test
    void theScanCatchesWhatItLooksFor() {
        assertThat(OUTSIDE.matcher("home().resolve(\"" + ".." + "/shared/sources/x.md\")").find()).isTrue();
        assertThat(OUTSIDE.matcher("Path.of(\"/" + "work/shared/CONTRACT.md\")").find()).isTrue();
        assertThat(OUTSIDE.matcher("home.resolve(\"catalog/sources/wutai-gazette-2023-issue2.md\")").find()).isFalse();
        assertThat(OUTSIDE.matcher("<outputFile>${project.build.directory}/classpath.txt</outputFile>").find()).isFalse();
    }

    @Test
    void theGazetteIsInTheRepository() {
        Path gazette = QuanzeFixture.gazette();
        assertThat(gazette.normalize()).startsWith(QuanzeFixture.home());
        assertThat(gazette).isRegularFile();
    }
}
