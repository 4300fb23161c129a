package cn.quanze.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Nearest names for "did you mean": edit distance over characters (东治镇 → 东冶镇, chek → check). */
public final class Names {
    private Names() {
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The nearest of {@code names} to {@code input}, when close enough to be a slip (at most a third of it differs, at least one character allowed). */
    public static Optional<String> nearest(String input, Collection<String> names) {
        return input == null ? Optional.empty() : nearest(input, names, Math.max(1, input.strip().length() / 3));
    }

    /** The nearest of {@code names} to {@code input} within {@code limit} edits. */
    public static Optional<String> nearest(String input, Collection<String> names, int limit) {
        if (input == null || input.isBlank()) return Optional.empty();
        String in = input.strip();
        return names.stream().filter(n -> !n.equals(in))
                .min(Comparator.comparingInt((String n) -> distance(in, n)).thenComparingInt(String::length))
                .filter(n -> distance(in, n) <= limit);
    }
}
