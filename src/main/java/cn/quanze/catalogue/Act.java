package cn.quanze.catalogue;

/**
 * The acts a body may intend; the vocabulary of the contract's {@code action} field.
 * The order is the order of a procedure: earlier stages first.
 */
public enum Act {
    REVIEW,
    FORWARD,
    APPROVE,
    FILE,
    INSPECT,
    PENALIZE,
    ENFORCE,
    PAY,
    CONFIRM,
    ADJUDICATE,
    MEDIATE,
    HANDLE,
    /**
     * 撤销 another body's decision (物业管理条例第十九条第二款: 业主大会、业主委员会的违法决定). Only item 58 grants it:
     * a villagers' committee's decision is 责令改正 by the township and 撤销 by a court (村民委员会组织法第二十七、三十六条).
     */
    REVOKE,
    /** 征收 (of land, taxes, fees): no township item grants it; not 征用 (item 12). */
    LEVY,
    /**
     * A measure outside the penalties of 行政处罚法第九条 and the compulsory measures of 行政强制法第九条 (曝光, 约谈,
     * 列入黑名单或失信名单, 收取押金或保证金), or keeping a fine as funds, which 第七十四条 forbids: no township item grants it
     * (委托村委会处罚 is DELEGATED_TO_VILLAGE, rules/bodies.drl).
     */
    MEASURE,
    /**
     * Designating a zone or setting a season (划定禁燃区, 把森林防火期提前): no township item grants it. Where the law names who
     * does it, it is a higher government: 森林防火区 and 森林防火期 the county or above (森林防火条例第二十三条), the area where
     * open burning of straw is banned the province (大气污染防治法第七十七条). Fixing where and when food stalls may trade
     * (item 92, 确定) is that item's own act and is not read as this.
     */
    DESIGNATE,
    /**
     * The township acting as a private party or deciding a private right: signing an agreement with a villager or a
     * contractor, suing, taking a share or a thing as its own, deciding who owes whom. Catalogue items grant
     * administrative acts only; a civil act is no item's, and a private dispute left after mediation goes to court.
     */
    CIVIL,
    ISSUE_NORMATIVE_DOCUMENT;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }

    /** 审核, 初审 and 转报, 报批 come before the decision (审批): the one place this order is written. */
    public boolean isEarlierStageOf(Act later) {
        return later == APPROVE && (this == REVIEW || this == FORWARD);
    }
}
