package cn.quanze.citation;

/**
 * Chinese numerals as used in statute numbering (一 … 九千九百九十九), both ways.
 *
 * <p>The printed form follows statute style: 10 is 十, 11 is 十一, 20 is 二十, 105 is 一百零五,
 * 110 is 一百一十, 1000 is 一千, 1001 is 一千零一, 1010 is 一千零一十.
 *
 * <p>{@link #toInt(String)} accepts exactly the printed forms, plus two traditional variants:
 * 〇 in place of 零 (一百〇五) and a leading 一十 for the teens (一十五). Anything else — 两, empty
 * text, digits out of place (十十, 一百零, 零五, 二十零, 一千零十), Arabic digits — is rejected with
 * {@link IllegalArgumentException}.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {}

    public static final int MAX = 9999;

    private static final String DIGITS = "零一二三四五六七八九";
    private static final char[] UNITS = {'千', '百', '十'};
    private static final int[] UNIT_VALUES = {1000, 100, 10};

    /** The statute-style Chinese numeral for {@code n}, 1 ≤ n ≤ 9999. */
    public static String toChinese(int n) {
        if (n < 1 || n > MAX) throw new IllegalArgumentException("out of range 1.." + MAX + ": " + n);
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        int rest = n;
        for (int u = 0; u <= UNITS.length; u++) {
            int unit = u < UNITS.length ? UNIT_VALUES[u] : 1;
            int d = rest / unit;
            rest %= unit;
            if (d == 0) {
                if (out.length() > 0) zeroPending = true;
                continue;
            }
            if (zeroPending) {
                out.append('零');
                zeroPending = false;
            }
            // 十 alone for 10..19; 一十 inside larger numbers (一百一十)
            boolean bareTen = unit == 10 && d == 1 && out.length() == 0;
            if (!bareTen) out.append(DIGITS.charAt(d));
            if (u < UNITS.length) out.append(UNITS[u]);
        }
        return out.toString();
    }

    /** 七八 (seven or eight), 三五: a count said as a range of two digits is at least the fewer; else as {@link #spoken}. */
    public static int spokenAtLeast(String g) {
        boolean range = g.length() == 2 && DIGITS.indexOf(g.replace('两', '二').charAt(0)) > 0
                && DIGITS.indexOf(g.replace('两', '二').charAt(1)) > 0;
        return spoken(range ? g.substring(0, 1) : g);
    }

    /** 12, 十二, 两: a small count as people say it, in digits or Chinese numerals (两 for 二); -1 when it is not one. */
    public static int spoken(String g) {
        if (!g.isEmpty() && g.chars().allMatch(Character::isDigit)) return Integer.parseInt(g);
        try {
            return toInt(g.replace('两', '二'));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** Parses a statute-style Chinese numeral (1..9999); rejects malformed input. */
    public static int toInt(String chinese) {
        if (chinese == null || chinese.isEmpty()) throw new IllegalArgumentException("empty numeral");
        String s = chinese.replace('〇', '零');
        if (s.startsWith("一十")) s = s.substring(1);
        int total = 0;
        int pending = -1; // digit waiting for its unit, -1 when none
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (pending > 0) throw malformed(chinese);   // two digits in a row (一二)
                pending = d == 0 ? -1 : d;
                if (d == 0 && (i == 0 || i == s.length() - 1)) throw malformed(chinese);
                continue;
            }
            int u = unitIndex(c);
            if (u < 0) throw malformed(chinese);
            total += (pending < 0 ? 1 : pending) * UNIT_VALUES[u];
            pending = -1;
        }
        if (pending > 0) total += pending;
        // Strictness: the only accepted spelling is the canonical one (modulo the variants above).
        if (total < 1 || total > MAX || !toChinese(total).equals(s)) throw malformed(chinese);
        return total;
    }

    private static int unitIndex(char c) {
        for (int i = 0; i < UNITS.length; i++) if (UNITS[i] == c) return i;
        return -1;
    }

    private static IllegalArgumentException malformed(String s) {
        return new IllegalArgumentException("malformed Chinese numeral: \"" + s + "\"");
    }
}
