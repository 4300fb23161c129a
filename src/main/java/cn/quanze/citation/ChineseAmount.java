package cn.quanze.citation;

/** Amounts in Chinese numerals as an examiner writes them: 500 → 五百元, 3000 → 三千元, 1500 → 一千五百元. */
public final class ChineseAmount {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseAmount() {}

    public static String yuan(double amount) {
        return number(Math.round(amount)) + "元";
    }

    public static String number(long n) {
        if (n < 0) return "负" + number(-n);
        if (n < 10000) return below10k((int) n, false);
        long wan = n / 10000;
        int rest = (int) (n % 10000);
        String s = number(wan) + "万";
        if (rest == 0) return s;
        return s + (rest < 1000 ? "零" : "") + below10k(rest, true);
    }

    private static String below10k(int n, boolean inner) {
        if (n == 0) return "零";
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                if (s.length() > 0) zero = true;
                continue;
            }
            if (zero) s.append('零');
            zero = false;
            if (!(d == 1 && i == 2 && s.length() == 0 && !inner)) s.append(DIGITS.charAt(d));
            s.append(names[i]);
        }
        return s.toString();
    }
}
