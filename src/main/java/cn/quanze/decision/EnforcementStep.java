package cn.quanze.decision;

/**
 * What the question tells about the manner or the steps of an enforcement that 行政强制法 governs (第三十五条、第四十三条、第五十三条、第五十四条) (see
 * rules/enforcement-manner.drl). Read from the question's own words.
 */
public enum EnforcementStep {
    /** 大年初一去强拆, 晚上十点去拆: 不得在夜间或者法定节假日实施行政强制执行，情况紧急的除外 (第一款). */
    AT_NIGHT_OR_ON_HOLIDAY,
    /** 给他家断电逼他拆: 不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行 (第二款). */
    SUPPLY_CUT,
    /** 雇人替他补种，费用让他出: 代履行, after a decision the party did not carry out and a demand (第五十条、第五十一条). */
    SUBSTITUTE,
    /** 只是没催告: 行政机关作出强制执行决定前，应当事先催告当事人履行义务 (第三十五条、第三十七条). */
    NO_DEMAND,
    /**
     * 罚款不交，申请法院强制执行: the act asked is an application to the court to enforce the township's decision; whether
     * it may be made rests on the appeal periods (the appealPeriodExpired fact) and the demand (行政强制法第五十三条、第五十四条).
     */
    COURT_APPLICATION,
    /** 催告过了, 催告书送达十多天了: the written demand was served (第三十五条、第五十四条); the mirror of NO_DEMAND. */
    DEMAND_SERVED,
    /**
     * 强拆日子是2027年2月5日: a day between 20 January and 22 February, in which 春节 (counted by the lunar calendar, a statutory
     * holiday under 全国年节及纪念日放假办法第二条) may fall; whether that day is a holiday is to be checked, not computed.
     */
    MAYBE_SPRING_FESTIVAL
}
