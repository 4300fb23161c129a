package cn.quanze.citation;

/** Chinese numerals as used in statute numbering (一 … 九百九十九), both ways. Stub: see CitationParser issue. */
public final class ChineseNumerals {
    private ChineseNumerals() {}

    public static String toChinese(int n) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    public static int toInt(String chinese) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
