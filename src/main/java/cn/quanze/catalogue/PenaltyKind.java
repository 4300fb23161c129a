package cn.quanze.catalogue;

/** Kinds of administrative penalty (行政处罚法第九条), as the contract names them. */
public enum PenaltyKind {
    WARNING,
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
