package cn.quanze.catalogue;

public enum PartyType {
    INDIVIDUAL("个人"),
    ORGANIZATION("单位");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
