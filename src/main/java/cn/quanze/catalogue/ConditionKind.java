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
    // the limits themselves are figures of catalog/legal-parameters.tsv; the rules print them
    SIMPLIFIED_PROCEDURE("依法适用简易程序的", "penalty", "案件依法适用简易程序（当场处罚：警告，或限额以内的罚款）"),
    WITHIN_TERRITORY("本辖区", "location", "事项发生在本乡镇辖区内"),
    // The kinds below are not in the item names: the overrides file sets them, each with the provision it rests on.
    /** 行政强制法第四十四条: public notice with a time limit to demolish, and the review / lawsuit period run out. */
    DEMOLITION_PROCEDURE(null, "noticePublished", "已公告并限期当事人自行拆除，且当事人在法定期限内未申请行政复议或者提起行政诉讼，又不拆除"),
    /** 农村土地承包法第二十八条第二款、第五十二条第一款: two-thirds of the villagers' meeting or representatives consent first. */
    VILLAGERS_CONSENT(null, "villagersConsented", "事先经本集体经济组织成员的村民会议三分之二以上成员或者三分之二以上村民代表同意"),
    /** 村民委员会组织法第三条第二款: a committee set up, abolished or re-drawn only after the villagers' meeting agrees. */
    VILLAGE_MEETING_CONSENT(null, "villagersConsented", "经村民会议讨论同意后，方可报县级人民政府批准"),
    /** 农村土地承包法第二十八条第二款: approved by the township together with the county's departments. */
    JOINT_APPROVAL(null, "", "由乡（镇）人民政府和县级人民政府农业农村、林业和草原等主管部门批准（乡镇不能单独批准）"),
    /** 土地管理法第六十二条第四款: a homestead on farmland needs the conversion approval of 第四十四条 first. */
    FARMLAND_CONVERSION(null, "occupiesFarmland", "宅基地不占用农用地；占用农用地的，已依土地管理法第四十四条办理农用地转用审批"),
    /** 农产品质量安全法（2018年修正）第四十七条、第四十八条: 责令限期改正；逾期不改正的，可以处罚款. */
    FINE_AFTER_DEADLINE(null, "deadlinePassed", "已责令限期改正，且期限届满仍不改正（所引条款规定逾期不改正的，方可罚款）"),
    /**
     * 大气污染防治法第一百条 (拒不改正的，责令停产整治), 安全生产法第一百零五条 (逾期未改正的，责令停产停业整顿), 水污染防治法第八十四条
     * 第一款 (逾期不拆除的…可以责令停产整治): the business restriction waits until an order to correct has been ignored.
     */
    RESTRICTION_AFTER_DEADLINE(null, "deadlinePassed", "已责令改正（限期改正、限期拆除），且期限届满仍不改正（所引条款规定逾期不改正的，方可责令停产停业、停产整治）"),
    /**
     * 安全生产法第九十九条 (逾期未改正的，处五万元以上二十万元以下的罚款), 水污染防治法第八十四条第一款 (逾期不拆除的…五十万元以上一百万元
     * 以下): the article's higher fine tier is the tier for an ignored order, not for 情节严重.
     */
    SERIOUS_TIER_AFTER_DEADLINE(null, "deadlinePassed", "已责令限期改正（限期拆除），且期限届满仍不改正（所引条款较高一档的罚款只适用于逾期不改正）"),
    /** 农村五保供养工作条例第二十四条: 责令限期改正；逾期不改正的，有权终止供养服务协议. */
    TERMINATE_AFTER_DEADLINE(null, "deadlinePassed", "已责令限期改正，且期限届满仍不改正（所引条款规定逾期不改正的，方可终止供养服务协议）"),
    /**
     * 森林防火条例第四十九条: 拒绝接受森林防火检查, or 接到森林火灾隐患整改通知书逾期不消除火灾隐患 — a fine for the second
     * waits until the notice's deadline has passed.
     */
    HAZARD_OVERDUE(null, "deadlinePassed", "当事人拒绝接受森林防火检查，或者接到森林火灾隐患整改通知书后逾期仍未消除火灾隐患"),
    /**
     * 第152项 itself: the township's power is over the obstruction 且拒不改正 — a fine waits until an order to correct has
     * been refused (its deadline passed uncorrected).
     */
    REFUSED_TO_CORRECT(null, "deadlinePassed", "已责令改正，当事人拒不改正（改正期限已过仍未改正）"),
    /** 第66项 itself: 不满16周岁的未成年人 — a child of sixteen or more on the day is not who the item protects. */
    CHILD_UNDER_SIXTEEN(null, "", "被招用的未成年人不满16周岁"),
    /**
     * 兵役法第十五条第一款: 每年十二月三十一日以前年满十八周岁的男性公民 register in that year — one younger at the year's end is
     * not yet of the age the item's 适龄 means (the age: legal-parameters.tsv).
     */
    CONSCRIPTION_AGE(null, "", "当年十二月三十一日以前达到初次兵役登记年龄的男性公民（兵役法第十五条第一款）"),
    /** 森林防火条例第五十条: 森林防火期内未经批准擅自在森林防火区内野外用火 — fire used outside the period is not this conduct. */
    FIRE_SEASON(null, "", "用火发生在县级以上人民政府规定的森林防火期内"),
    /**
     * 大气污染防治法第七十七条 (省、自治区、直辖市人民政府应当划定区域，禁止露天焚烧秸秆、落叶等) and 第一百一十九条第一款
     * (违反本法规定…露天焚烧秸秆…可以处五百元以上二千元以下的罚款): the fine is for burning where the province forbids it.
     */
    BURNING_BAN_AREA(null, "", "焚烧地点在省、自治区、直辖市人民政府依大气污染防治法第七十七条划定的禁止露天焚烧秸秆、落叶等的区域内"),
    /** 传染病防治法实施办法第二十九条第三项: 乡（镇）政府负责辖区内养犬的管理，捕杀狂犬、野犬 — not any dog. */
    RABID_OR_STRAY_DOG(null, "", "所捕杀的是狂犬或者野犬（他人饲养的健康犬只不在此列）"),
    /**
     * 互联网上网服务营业场所管理条例第二十二条, 娱乐场所管理条例第二十八条: the hours a venue may open are fixed by the
     * regulation of its kind; a venue open only within them is not open out of hours (the hours: legal-parameters.tsv).
     */
    OPENING_HOURS(null, "", "所说的营业钟点在该类场所的规定营业时间以外（上网服务营业场所与娱乐场所的规定营业时间不同）");

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
