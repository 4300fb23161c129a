package cn.quanze.catalogue;

/**
 * The form of a business restriction (行政处罚法第九条第五项) an article lets the penalising department impose, and the
 * form a question asks: 安全生产法第一百零五条 gives 责令停产停业整顿, not 责令关闭. Words and names in catalog/vocabulary.tsv.
 */
public enum Restriction {
    /** 限制开展生产经营活动 (限制生产) */
    LIMIT,
    /** 责令停产停业, 停产停业整顿, 停业整顿, 停产整治 */
    SUSPEND,
    /** 责令关闭, imposed by the department itself (also where a government's approval comes first) */
    CLOSE,
    /**
     * the article's own words that settle neither LIMIT nor SUSPEND (责令停止产生职业病危害的作业); never a closure, which an
     * article always names
     */
    UNSPECIFIED;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
