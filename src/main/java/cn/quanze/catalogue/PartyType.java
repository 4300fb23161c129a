package cn.quanze.catalogue;

public enum PartyType {
    INDIVIDUAL,
    ORGANIZATION,
    /**
     * A unit's 直接负责的主管人员和其他直接责任人员 (法定代表人, 主要负责人) fined in their own name for the unit's act:
     * lawful only where the article names them (安全生产法第九十九条、第一百零五条), not under its fine on individuals
     * who act for themselves, nor under an article that does not distinguish the party.
     */
    RESPONSIBLE_PERSON;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
