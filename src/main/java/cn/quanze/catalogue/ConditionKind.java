package cn.quanze.catalogue;

/**
 * Conditions an item's own text sets on the power, and the request fact that settles each.
 * The phrase is what the item says; derivation looks for it in the item name.
 */
public enum ConditionKind {
    DEADLINE_PASSED("逾期不改正的", "deadlinePassed", "责令限期改正后逾期仍不改正"),
    OBSTRUCTED("遇到阻拦和拖延时", "obstructed", "防汛措施遇到阻拦和拖延"),
    EMERGENCY("情况紧急时", "emergency", "受到地质灾害威胁且情况紧急"),
    EMERGENCY_EVENT("为应对突发事件", "emergency", "为应对正在发生的突发事件"),
    FLOOD_THREAT("当洪水威胁群众安全时", "emergency", "洪水正在威胁群众安全"),
    SIMPLIFIED_PROCEDURE("依法适用简易程序的", "penalty", "案件依法适用简易程序（当场处罚：警告，或对个人200元以下、对单位3000元以下罚款）"),
    WITHIN_TERRITORY("本辖区", "location", "事项发生在本乡镇辖区内");

    private final String phrase;
    private final String fact;
    private final String meaning;

    ConditionKind(String phrase, String fact, String meaning) {
        this.phrase = phrase;
        this.fact = fact;
        this.meaning = meaning;
    }

    public String phrase() {
        return phrase;
    }

    /** The request fact (contract {@code facts} key, or an extension key) that settles the condition. */
    public String fact() {
        return fact;
    }

    /** What must hold, in Chinese, for a person. */
    public String meaning() {
        return meaning;
    }
}
