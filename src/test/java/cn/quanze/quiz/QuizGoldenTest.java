package cn.quanze.quiz;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the generator writes, in src/test/resources/quiz/: every pool's refs in pool order, the pool sizes per
 * topic, and three seeded papers (one per difficulty, every kind) as JSON. A change to the rules' messages or to the
 * catalogue shows here as a diff; regenerate deliberately with -Dgolden.update=true and review it.
 */
class QuizGoldenTest {

    private static final QuizGenerator GENERATOR = new QuizGenerator(QuanzeFixture.quanze());

    @Test
    void poolsMatchTheGoldenFile() throws IOException {
        StringBuilder s = new StringBuilder("# kind | ref, in pool order; then the pool sizes per topic\n");
        for (QuestionKind k : QuestionKind.values()) {
            for (String ref : GENERATOR.refs(k)) s.append(k.name()).append(" | ").append(ref).append('\n');
        }
        for (String topic : new String[]{"行政处罚", "消防", "行政处罚法", "行政规范性文件"}) {
            s.append("# topic ").append(topic).append(": ").append(GENERATOR.stats(topic)).append('\n');
        }
        assertGolden("pools.txt", s.toString());
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"2026, EASY, 24", "7, NORMAL, 40", "42, HARD, 40"})
    void seededPaperMatchesTheGoldenFile(long seed, Difficulty difficulty, int count) throws IOException {
        Paper p = GENERATOR.paper(new QuizSpec(count, seed, null, difficulty, null));
        assertGolden("paper-" + seed + "-" + difficulty.name().toLowerCase(Locale.ROOT) + ".json", QuizFormat.JSON.render(p));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = QuanzeFixture.home().resolve("src/test/resources/quiz").resolve(name);
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
