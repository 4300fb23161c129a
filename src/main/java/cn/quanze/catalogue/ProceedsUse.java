package cn.quanze.catalogue;

/**
 * Uses of the money of fines and of confiscated goods that 行政处罚法第七十四条 forbids, as a question names them. The
 * words live in catalog/vocabulary.tsv (kind PROCEEDS); the question reader reads them both as a measure asked (the
 * township keeping a fine is no power of the list) and as the use the law forbids, so they are written once.
 */
public enum ProceedsUse {
    /** 留作经费、打到村账户、发奖金、没收物便宜卖掉: kept, shared out or turned to the body's own use */
    KEPT;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
