package cn.quanze.decision;

/** The contract's verdicts, from least to most decisive when combined (see {@link Outcome}). */
public enum Verdict {
    PERMITTED("可以"),
    CONDITIONAL("有条件可以"),
    NOT_PERMITTED("不可以"),
    UNDETERMINED("无法判断");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
