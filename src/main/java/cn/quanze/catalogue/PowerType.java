package cn.quanze.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The nine 职权类型 of the township catalogue, with the number of items the gazette publishes for each. */
public enum PowerType {
    LICENSING("行政许可", 5),
    COMPULSION("行政强制", 6),
    EXPROPRIATION("行政征收", 1),
    BENEFIT("行政给付", 3),
    INSPECTION("行政检查", 9),
    CONFIRMATION("行政确认", 2),
    ADJUDICATION("行政裁决", 2),
    OTHER("其他行政权力", 69),
    PENALTY("行政处罚", 55);

    private final String label;
    private final int publishedCount;

    PowerType(String label, int publishedCount) {
        this.label = label;
        this.publishedCount = publishedCount;
    }

    public String label() {
        return label;
    }

    public int publishedCount() {
        return publishedCount;
    }

    public static Optional<PowerType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
