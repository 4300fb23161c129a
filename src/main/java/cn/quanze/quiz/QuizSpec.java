package cn.quanze.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What paper to generate.
 *
 * @param count      number of questions (capped by what the pools can give)
 * @param seed       the random seed: the same spec gives byte-identical output
 * @param kinds      kinds in the order they are interleaved; empty or null means all
 * @param difficulty null means NORMAL
 * @param topic      null/blank for all; otherwise a 职权类型 label (行政处罚) or a substring of a cited law's title (消防法)
 */
public record QuizSpec(int count, long seed, List<QuestionKind> kinds, Difficulty difficulty, String topic) {

    public static final int MAX_COUNT = 2000;

    public QuizSpec {
        if (count < 1) throw new IllegalArgumentException("题目数量至少为 1");
        if (count > MAX_COUNT) throw new IllegalArgumentException("题目数量不能超过 " + MAX_COUNT);
        kinds = kinds == null || kinds.isEmpty() ? List.of(QuestionKind.values()) : List.copyOf(kinds.stream().distinct().toList());
        difficulty = difficulty == null ? Difficulty.NORMAL : difficulty;
        topic = topic == null || topic.isBlank() ? null : topic.trim();
    }

    public static QuizSpec of(int count, long seed) {
        return new QuizSpec(count, seed, null, null, null);
    }

    /** Parses "SCENARIO,BASIS" (case-insensitive, blanks ignored). */
    public static List<QuestionKind> parseKinds(String s) {
        List<QuestionKind> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split("[,，\\s]+")) {
            if (p.isBlank()) continue;
            try {
                out.add(QuestionKind.valueOf(p.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("未知题型“" + p + "”，可选：" + Arrays.toString(QuestionKind.values()));
            }
        }
        return out;
    }
}
