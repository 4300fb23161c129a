package cn.quanze.catalogue;

/**
 * Manners of enforcement that 行政强制法 restricts (第四十三条, 代履行 第五十条、第五十一条), as a question names them. The words live in
 * catalog/vocabulary.tsv (kind MANNER); the question reader reads them both as an enforcement asked and as a manner
 * the law forbids, so they are written once.
 */
public enum EnforcementManner {
    /** 停水、停电、停暖、停燃气 to make someone comply (第四十三条第二款) */
    SUPPLY_CUT,
    /** 代履行: the work done in the party's stead, at the party's cost (第五十条、第五十一条) */
    SUBSTITUTE;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
