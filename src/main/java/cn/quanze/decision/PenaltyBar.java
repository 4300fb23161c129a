package cn.quanze.decision;

/**
 * What the question tells about the case that bars or defers a penalty under the general part of 行政处罚法 (see
 * rules/penalty-bars.drl and rules/second-fine.drl). Read from the question's own words; each is a fact to weigh,
 * not a finding: the rules refuse only where the law does (第四十条), and otherwise name the condition.
 */
public enum PenaltyBar {
    /** 证据不足, 不知道是谁烧的: 违法事实不清、证据不足的，不得给予行政处罚 (第四十条). */
    FACTS_UNPROVEN,
    /**
     * 一根也没烧, 根本没烧秸秆: the question says the wrongdoing was not done at all. A penalty rests on a violation
     * (第四条); with none, nothing is to be penalised.
     */
    NOT_DONE,
    /**
     * 把村支书也罚一下，说他没管好; 罚那个看门人: the one asked to be penalised is not who did the wrongdoing but a cadre or
     * keeper said to have failed to stop it. A penalty falls on the party whose own act violated the order (第四条).
     */
    NOT_THE_OFFENDER,
    /** 当事人不承认: the facts must be established first (第四十条; 确凿 for the simplified procedure, 第五十一条). */
    PARTY_DENIES,
    /** 还没去现场核实: the facts are not yet looked into; like a denial, they must be established first (第四十条). */
    FACTS_UNCHECKED,
    /**
     * 面包车是租的, 借来的三轮车: a thing to be confiscated that the question says belongs to someone else. 没收非法财物
     * (行政处罚法第九条第二项) takes the offender's unlawful property; whose the thing is must be settled first.
     */
    OTHERS_PROPERTY,
    /**
     * 不罚他说得过去吗, 能不能不处罚: the question asks leave not to penalise. The answer says whether the power is the
     * township's; not penalising rests on the cases the law names (不予行政处罚, 行政处罚法第三十条至第三十三条).
     */
    REFRAIN_ASKED,
    /** 12岁的孩子: 不满十四周岁的未成年人有违法行为的，不予行政处罚 (第三十条) — unless the child is who the item protects. */
    MINOR_NAMED,
    /** The child under fourteen named is the one who did it: no adult is said to be behind the act (雇, 带着, 指使). */
    MINOR_ACTED,
    /**
     * 15岁的孩子: 已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚 (第三十条) — a penalty asked
     * of him is lawful only as a lighter one, unless the minor is who the item protects.
     */
    MINOR_LIGHTER,
    /** 是个精神病人: 精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚 (第三十一条). */
    INCAPACITY_NAMED,
    /** 发病期间不能控制自己: the act was done while unable to recognise or control it (第三十一条): no penalty. */
    INCAPABLE_AT_ACT,
    /** 三年前的事，最近才发现: 违法行为在二年内未被发现的，不再给予行政处罚 (第三十六条), unless it continues. */
    FOUND_LATE,
    /**
     * 2024年3月砍的，当时没人发现，今年9月才看到: the act ended more than two years before it came to light and went
     * unnoticed till then, does not go on, and is not said to have harmed life, health or finance — 不再给予行政处罚
     * (第三十六条第一款). Read only together with FOUND_LATE.
     */
    FOUND_TOO_LATE,
    /** 已经给了警告，还想再罚: a penalty decided before, another asked (一事不再罚款, 第二十九条, needs the same act). */
    PENALISED_BEFORE,
    /** 说了一回他当场就推走了: corrected at once; 轻微并及时改正，没有造成危害后果的，不予行政处罚 (第三十三条第一款). */
    CORRECTED_AT_ONCE,
    /**
     * 情节轻微，当时就改了，没有造成危害后果: all three elements of 第三十三条第一款 stated, so 不予行政处罚 — not a
     * condition left to check (read only together with CORRECTED_AT_ONCE).
     */
    MINOR_CORRECTED_HARMLESS,
    /**
     * 已经以涉嫌…罪移送公安: the case is with the judicial organs. 违法行为涉嫌犯罪的，移送司法机关 (第二十七条、第五十七条第一款
     * 第四项); no penalty in place of the transfer (第八十二条; 行政执法机关移送涉嫌犯罪案件的规定第十一条) — the township
     * penalises only when the police decline the case or send it back (同规定第十条、第十三条).
     */
    REFERRED_AS_CRIME,
    /** 罚一笔款了事, 罚款结案: a penalty meant to take the referral's place (第八十二条; 移送规定第十一条第一款). */
    PENALTY_IN_PLACE_OF_REFERRAL,
    /**
     * 法院判了罚金: 违法行为构成犯罪，人民法院判处罚金时，行政机关尚未给予当事人罚款的，不再给予罚款 (第三十五条第二款).
     */
    COURT_FINED,
    /**
     * 县林业局已经对这个案子立案调查了: another body opened the case first; 两个以上行政机关都有管辖权的，由最先立案的
     * 行政机关管辖 (第二十五条第一款).
     */
    OPENED_ELSEWHERE,
    /**
     * 是下大雨泡塌的, 意外: the question puts the act down to an accident or a force of nature. 当事人有证据足以证明没有主观
     * 过错的，不予行政处罚 (第三十三条第二款) — carelessness (不小心) is a fault and is not read here.
     */
    NO_FAULT_CLAIMED,
    /**
     * 当场罚, 按简易程序罚: the penalty is asked on the spot, which 行政处罚法第五十一条 allows only for a warning or a fine
     * within its limits (rules/penalty-bars.drl; items limited to the simplified procedure have their own rules).
     */
    ON_THE_SPOT,
    /**
     * 当场收了他一百五现金: the fine collected by the officers on the spot. 除第六十八条、第六十九条外不得自行收缴 (第六十七条第二款);
     * on the spot only a fine within the limit of 第六十八条第一项 (catalog/legal-parameters.tsv), one that would be hard to
     * collect later (第二项), or one a party in a remote place asks to pay there (第六十九条).
     */
    COLLECTED_ON_THE_SPOT,
    /**
     * 罚款留在乡里当专项经费, 没收的农药便宜卖给农户、卖的钱补贴油费: the fine or what was confiscated is to be kept, used or
     * sold off by the township. 罚款、没收的违法所得或者没收非法财物拍卖的款项，必须全部上缴国库，任何行政机关或者个人不得以
     * 任何形式截留、私分或者变相私分; 没收的非法财物必须按照国家规定公开拍卖或者按照国家有关规定处理 (第七十四条).
     */
    PROCEEDS_KEPT,
    /** 不告知他陈述申辩: 未告知或者拒绝听取陈述、申辩，不得作出行政处罚决定 (第四十四条、第六十二条), unless waived. */
    NO_HEARING,
    /** 当事人要求听证，听证还没开就下决定: 当事人要求听证的，行政机关应当组织听证，听证结束后作出决定 (第六十三条、第六十五条). */
    HEARING_NOT_HELD,
    /** 罚款500元，按日加处算下来750元: 加处罚款的数额不得超出罚款的数额 (第七十二条第一款第一项). */
    SURCHARGE_OVER_FINE,
    /**
     * 加处罚款, 按日加罚: a surcharge on a late fine is asked. It runs only after the fine falls due (第六十七条第三款、
     * 第七十二条第一款第一项); the days since service are read apart and weighed against catalog/legal-parameters.tsv.
     */
    SURCHARGE_ASKED,
    /** 复议期间继续计算加处罚款: 当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算 (第七十三条第三款). */
    SURCHARGE_IN_REVIEW,
    /** 另外再收1000元教育费, 加500元滞纳金: a charge beside the penalty that no law provides (第四条、第三十八条第一款; late payment: 第七十二条 only). */
    CHARGE_WITHOUT_BASIS,
    /**
     * 他并不困难也批准分期, 没申请就主动让他分期: 当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，
     * 可以暂缓或者分期缴纳 (第六十六条第二款).
     */
    INSTALMENT_WITHOUT_GROUNDS,
    /** 派一个人去调查就定处罚: 执法人员不得少于两人 (第四十二条). */
    ONE_OFFICER,
    /** 口头定了罚款，不出决定书: a penalty is decided in a written decision (第五十九条; on the spot, 第五十二条). */
    NO_DECISION_DOCUMENT,
    /** 因为他申辩把罚款往上加: 不得因当事人陈述、申辩而给予更重的处罚 (第四十五条第二款). */
    HEAVIER_FOR_DEFENCE,
    /** 收了钱不开收据, 打个白条: a fine collected on the spot needs the financial department's receipt (第七十条). */
    NO_RECEIPT,
    /**
     * 没经法制审核就下决定, 法制审核没通过: 第五十八条's cases (重大公共利益; 重大权益 after a hearing; 疑难复杂、多个法律关系)
     * are decided only after the legal review and only if it passes.
     */
    NO_LEGAL_REVIEW,
    /** 涉及重大公共利益, 开过听证, 案情疑难复杂: the question tells the case is one of 第五十八条's. */
    LEGAL_REVIEW_CASE,
    /** 没集体讨论, 乡长一个人拍板: 对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定 (第五十七条第二款). */
    NO_COLLECTIVE_DISCUSSION,
    /** 情节复杂, 重大违法行为: the question tells the case is one 第五十七条第二款 names. */
    COLLECTIVE_DISCUSSION_CASE,
    /** 本案调查人员当听证主持人: 听证由行政机关指定的非本案调查人员主持 (第六十四条第四项). */
    HEARING_BY_INVESTIGATOR,
    /** 盖村委会的章: 行政处罚决定书必须盖有作出行政处罚决定的行政机关的印章 (第五十九条第二款). */
    SEAL_OF_ANOTHER,
    /** 网格员没有执法证: 行政处罚应当由具有行政执法资格的执法人员实施 (第四十二条第一款). */
    NO_ENFORCEMENT_STATUS
}
