package cn.quanze.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses every 职权依据 of the 2023 catalogue and compares the result with the clerk-reviewed golden file
 * src/test/resources/golden/citations.txt. Run with {@code -Dgolden.update=true} to rewrite the golden
 * file (then review the diff line by line against the gazette).
 *
 * <p>Golden format: one block per item, {@code item N}, then one line per citation:
 * {@code source | edition | provisions | normalised citation}, where provisions are written with Arabic
 * numbers (第62条第4款, comma-joined) as an independent check of the Chinese-numeral conversion, and
 * {@code -} stands for an absent edition note or a source cited without provisions.
 */
class CitationGoldenTest {

    static final Path HOME = Path.of(System.getProperty("quanze.home", "."));
    static final Path CATALOG = HOME.resolve("catalog/township-powers-2023.tsv");
    static final Path GOLDEN = HOME.resolve("src/test/resources/golden/citations.txt");

    static Map<Integer, String> bases;
    static Map<Integer, ParseResult> results;

    @BeforeAll
    static void parseCatalogue() throws IOException {
        bases = readBases(CATALOG);
        results = new LinkedHashMap<>();
        bases.forEach((n, basis) -> results.put(n, CitationParser.parse(basis)));
    }

    /** 序号 → 职权依据, from the catalogue TSV (comment lines and the header skipped). */
    static Map<Integer, String> readBases(Path tsv) throws IOException {
        Map<Integer, String> out = new LinkedHashMap<>();
        boolean header = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] cols = line.split("\t", -1);
            if (header) {
                assertThat(cols).containsExactly("序号", "职权类型", "职权名称", "职权依据");
                header = false;
                continue;
            }
            assertThat(cols).as("columns of %s", line).hasSize(4);
            Integer n = Integer.valueOf(cols[0].strip());
            assertThat(out.put(n, cols[3])).as("duplicate item %s", n).isNull();
        }
        return out;
    }

    static String render(Map<Integer, ParseResult> results) {
        StringBuilder s = new StringBuilder();
        results.forEach((n, r) -> {
            s.append("item ").append(n).append('\n');
            for (Citation c : r.citations()) {
                String provisions = c.provisions().stream().map(CitationGoldenTest::arabic)
                        .collect(Collectors.joining(", "));
                s.append(c.source()).append(" | ")
                        .append(c.edition().isEmpty() ? "-" : c.edition()).append(" | ")
                        .append(provisions.isEmpty() ? "-" : provisions).append(" | ")
                        .append(c.citation()).append('\n');
            }
            for (String p : r.problems()) s.append("PROBLEM ").append(p).append('\n');
        });
        return s.toString();
    }

    static String arabic(Provision p) {
        StringBuilder s = new StringBuilder("第").append(p.article()).append('条');
        if (p.paragraph() > 0) s.append('第').append(p.paragraph()).append('款');
        if (p.item() > 0) s.append("第(").append(p.item()).append(")项");
        return s.toString();
    }

    @Test
    void catalogueHas152ConsecutiveItems() {
        assertThat(bases).hasSize(152);
        assertThat(new ArrayList<>(bases.keySet()))
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 152).boxed().toList());
    }

    @Test
    void everyItemParsesWithoutProblems() {
        Map<Integer, List<String>> problems = new LinkedHashMap<>();
        results.forEach((n, r) -> {
            if (!r.problems().isEmpty()) problems.put(n, r.problems());
        });
        assertThat(problems).as("parse problems").isEmpty();
    }

    @Test
    void everyItemHasAtLeastOneCitation() {
        results.forEach((n, r) -> assertThat(r.citations()).as("item %s", n).isNotEmpty());
    }

    @Test
    void normalisedFormParsesBackToTheSameCitations() {
        results.forEach((n, r) -> {
            ParseResult again = CitationParser.parse(CitationParser.normalise(r.citations()));
            assertThat(again.problems()).as("item %s", n).isEmpty();
            assertThat(again.citations()).as("item %s", n).isEqualTo(r.citations());
        });
    }

    @Test
    void matchesGoldenFile() throws IOException {
        String actual = render(results);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; run with -Dgolden.update=true to create it").exists();
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(actual).isEqualTo(expected);
    }
}
