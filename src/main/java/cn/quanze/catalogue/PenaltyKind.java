package cn.quanze.catalogue;

/** Kinds of administrative penalty (行政处罚法第九条), as the contract names them. */
public enum PenaltyKind {
    WARNING,
    /** 通报批评 (第九条第一项, beside 警告): a kind of its own, provided only where the article names it. */
    CRITICISM,
    FINE,
    CONFISCATION,
    LICENCE_SUSPENSION,
    LICENCE_REVOCATION,
    BUSINESS_RESTRICTION,
    DETENTION;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
