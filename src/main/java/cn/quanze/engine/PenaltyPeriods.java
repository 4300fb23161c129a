package cn.quanze.engine;

import cn.quanze.citation.ChineseAmount;

import static cn.quanze.catalogue.LegalParameters.DAYS_IN_A_MONTH;

/**
 * The periods and the surcharge rate of 行政处罚法 for one period of the law, from catalog/legal-parameters.tsv: the
 * ninety days to decide (第六十条), the fifteen days to pay (第六十七条第三款), the daily surcharge (第七十二条第一款第一项)
 * and the largest fine collected on the spot without more (第六十八条第一项); the months within which a body with no
 * power of its own to enforce applies to the court once the appeal and lawsuit periods have run (行政强制法第五十三条), and
 * the months the party has to sue directly (行政诉讼法第四十六条第一款).
 * One fact per period, so rules pick the one in force on the day asked, as with {@link SimplifiedProcedure}.
 */
public final class PenaltyPeriods extends LawPeriod {
    private final int decisionDays;
    private final int paymentDays;
    private final int surchargePercent;
    private final double collectOnTheSpotMax;
    private final int courtApplicationMonths;
    private final int lawsuitMonths;

    PenaltyPeriods(long fromDay, long untilDay, int decisionDays, int paymentDays, int surchargePercent, double collectOnTheSpotMax,
                   int courtApplicationMonths, int lawsuitMonths) {
        super(fromDay, untilDay);
        this.decisionDays = decisionDays;
        this.paymentDays = paymentDays;
        this.surchargePercent = surchargePercent;
        this.collectOnTheSpotMax = collectOnTheSpotMax;
        this.courtApplicationMonths = courtApplicationMonths;
        this.lawsuitMonths = lawsuitMonths;
    }

    public int getCourtApplicationMonths() { return courtApplicationMonths; }
    public int getLawsuitMonths() { return lawsuitMonths; }
    /** 六个月 */
    public String getLawsuitText() { return ChineseAmount.number(lawsuitMonths) + "个月"; }
    /** Whether a decision served this many days ago is still within the party's time to sue (a month counted as thirty days). */
    public boolean lawsuitPeriodRunning(int daysSinceServed) { return daysSinceServed >= 0 && daysSinceServed < lawsuitMonths * DAYS_IN_A_MONTH; }
    /** 三个月 */
    public String getCourtApplicationText() { return ChineseAmount.number(courtApplicationMonths) + "个月"; }

    /** Whether a fine of this sum may be collected on the spot without more; an unknown sum may not be assumed to. */
    public boolean collectableOnTheSpot(Double yuan) { return yuan != null && yuan <= collectOnTheSpotMax; }
    /** 一百元 */
    public String getCollectOnTheSpotText() { return ChineseAmount.number((int) collectOnTheSpotMax) + "元"; }

    public int getDecisionDays() { return decisionDays; }
    public int getPaymentDays() { return paymentDays; }

    /** 九十日 */
    public String getDecisionDaysText() { return ChineseAmount.number(decisionDays) + "日"; }
    /** 十五日 */
    public String getPaymentDaysText() { return ChineseAmount.number(paymentDays) + "日"; }
    /** Whether a daily rate said (in percent) is other than the one the law sets. */
    public boolean surchargeRateOtherThan(double percent) { return percent >= 0 && Math.abs(percent - surchargePercent) > 1e-9; }
    /** 百分之三 */
    public String getSurchargeText() { return "百分之" + ChineseAmount.number(surchargePercent); }
}
