package cn.quanze.catalogue;

/** Kinds of administrative penalty (行政处罚法第九条), as the contract names them. */
public enum PenaltyKind {
    WARNING("警告"),
    FINE("罚款"),
    CONFISCATION("没收违法所得、没收非法财物"),
    LICENCE_SUSPENSION("暂扣许可证件"),
    LICENCE_REVOCATION("吊销许可证件"),
    BUSINESS_RESTRICTION("限制开展生产经营活动、责令停产停业、责令关闭"),
    DETENTION("行政拘留");

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
