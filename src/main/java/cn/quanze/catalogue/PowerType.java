package cn.quanze.catalogue;

/** The nine 职权类型 of the township catalogue, with the number of items the gazette publishes for each. */
public enum PowerType {
    LICENSING(5),
    COMPULSION(6),
    EXPROPRIATION(1),
    BENEFIT(3),
    INSPECTION(9),
    CONFIRMATION(2),
    ADJUDICATION(2),
    OTHER(69),
    PENALTY(55);

    private final int publishedCount;

    PowerType(int publishedCount) {
        this.publishedCount = publishedCount;
    }

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }

    public int publishedCount() {
        return publishedCount;
    }
}
