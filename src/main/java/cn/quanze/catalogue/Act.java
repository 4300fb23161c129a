package cn.quanze.catalogue;

/**
 * The acts a body may intend; the vocabulary of the contract's {@code action} field.
 * The order is the order of a procedure: earlier stages first.
 */
public enum Act {
    REVIEW("审核"),
    FORWARD("转报"),
    APPROVE("审批"),
    FILE("备案"),
    INSPECT("检查"),
    PENALIZE("处罚"),
    ENFORCE("行政强制"),
    PAY("给付"),
    CONFIRM("确认"),
    ADJUDICATE("裁决"),
    MEDIATE("调解"),
    HANDLE("处理"),
    /** 征收 (of land, taxes, fees): no township item grants it; not 征用 (item 12). */
    LEVY("征收"),
    ISSUE_NORMATIVE_DOCUMENT("制定行政规范性文件");

    private final String label;

    Act(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 审核, 初审 and 转报, 报批 come before the decision (审批): the one place this order is written. */
    public boolean isEarlierStageOf(Act later) {
        return later == APPROVE && (this == REVIEW || this == FORWARD);
    }
}
