package cn.quanze.catalogue;

/**
 * Manners of enforcement that 行政强制法第四十三条 restricts, as a question names them. The words live in
 * catalog/vocabulary.tsv (kind MANNER); the question reader reads them both as an enforcement asked and as a manner
 * the law forbids, so they are written once.
 */
public enum EnforcementManner {
    /** 停水、停电、停暖、停燃气 to make someone comply (第四十三条第二款) */
    SUPPLY_CUT;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
