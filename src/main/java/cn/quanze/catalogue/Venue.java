package cn.quanze.catalogue;

/**
 * Kinds of business premises whose opening hours a regulation fixes, as a question names them (words in
 * catalog/vocabulary.tsv, kind VENUE; hours in catalog/legal-parameters.tsv).
 */
public enum Venue {
    /** 互联网上网服务营业场所 (网吧): 互联网上网服务营业场所管理条例第二十二条 */
    INTERNET_CAFE,
    /** 娱乐场所 (歌舞、游艺): 娱乐场所管理条例第二十八条 */
    ENTERTAINMENT;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
