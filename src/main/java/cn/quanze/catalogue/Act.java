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
    ISSUE_NORMATIVE_DOCUMENT("制定行政规范性文件");

    private final String label;

    Act(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
