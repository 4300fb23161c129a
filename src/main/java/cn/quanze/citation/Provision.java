package cn.quanze.citation;

/**
 * One provision of a source: article, optionally paragraph (款) and item (项).
 * Zero means "not given": 第二十三条 is {@code new Provision(23, 0, 0)}.
 */
public record Provision(int article, int paragraph, int item) {

    public Provision {
        if (article <= 0) throw new IllegalArgumentException("article must be positive: " + article);
        if (paragraph < 0 || item < 0) throw new IllegalArgumentException("negative paragraph or item");
    }

    public static Provision article(int article) {
        return new Provision(article, 0, 0);
    }

    /** 第二十三条第二款第（一）项 — the printed Chinese form. */
    public String toChinese() {
        StringBuilder s = new StringBuilder("第").append(ChineseNumerals.toChinese(article)).append('条');
        if (paragraph > 0) s.append('第').append(ChineseNumerals.toChinese(paragraph)).append('款');
        if (item > 0) s.append("第（").append(ChineseNumerals.toChinese(item)).append("）项");
        return s.toString();
    }
}
