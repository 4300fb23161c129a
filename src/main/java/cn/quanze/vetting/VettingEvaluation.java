package cn.quanze.vetting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recall and precision of the text detectors on a labelled set of sentences
 * ({@code src/test/resources/vetting-eval/*.tsv}: {@code 标注<Tab>句子}, the label a comma-separated list of
 * SETS_* codes or {@code LAWFUL}). A sentence counts as flagged for a code when the detector reports that
 * code at any severity.
 */
public final class VettingEvaluation {
    /** The tuning part and the held-out part, relative to the project home. */
    public static final String TUNING = "src/test/resources/vetting-eval/tuning.tsv";
    public static final String HELD_OUT = "src/test/resources/vetting-eval/heldout.tsv";
    public static final String LAWFUL = "LAWFUL";

    private VettingEvaluation() {
    }

    /** One labelled sentence. */
    public record Case(Set<String> expected, String sentence, int line) {}

    /** Counts for one code. */
    public record Score(String code, int truePositives, int falsePositives, int falseNegatives) {
        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }
    }

    /** A sentence whose findings differ from its label. */
    public record Miss(Case c, Set<String> found) {}

    public record Result(int sentences, int lawful, List<Score> scores, List<Miss> misses) {}

    public static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[1].isBlank()) {
                throw new IllegalArgumentException(file + " 第" + n + "行：应为“标注<Tab>句子”");
            }
            Set<String> expected = new TreeSet<>();
            for (String label : cols[0].split(",")) {
                String l = label.strip();
                if (l.equals(LAWFUL)) continue;
                if (!FindingCodes.TEXT_CODES.contains(l)) {
                    throw new IllegalArgumentException(file + " 第" + n + "行：未知的标注“" + l + "”");
                }
                expected.add(l);
            }
            out.add(new Case(expected, cols[1].strip(), n));
        }
        return out;
    }

    public static Result run(TextDetector detector, List<Case> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        FindingCodes.ALL.stream().filter(FindingCodes.TEXT_CODES::contains).forEach(c -> counts.put(c, new int[3]));
        List<Miss> misses = new ArrayList<>();
        int lawful = 0;
        for (Case c : cases) {
            if (c.expected().isEmpty()) lawful++;
            Set<String> found = new LinkedHashSet<>();
            detector.detect(c.sentence()).forEach(f -> found.add(f.code()));
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                boolean want = c.expected().contains(e.getKey());
                boolean got = found.contains(e.getKey());
                if (want && got) e.getValue()[0]++;
                else if (got) e.getValue()[1]++;
                else if (want) e.getValue()[2]++;
            }
            if (!found.equals(c.expected())) misses.add(new Miss(c, found));
        }
        List<Score> scores = counts.entrySet().stream()
                .map(e -> new Score(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Result(cases.size(), lawful, scores, misses);
    }

    /** ERROR findings the detectors raise in lawful, issued documents, as printable lines. */
    public static List<String> errorsIn(TextDetector detector, List<Draft> documents) {
        List<String> out = new ArrayList<>();
        for (Draft d : documents) {
            detector.detect(d).stream().filter(f -> f.severity() == Severity.ERROR)
                    .forEach(f -> out.add(d.docNumber() + " " + f.code() + " 「" + f.excerpt() + "」"));
        }
        return out;
    }
}
