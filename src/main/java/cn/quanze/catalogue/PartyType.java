package cn.quanze.catalogue;

public enum PartyType {
    INDIVIDUAL,
    ORGANIZATION;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
