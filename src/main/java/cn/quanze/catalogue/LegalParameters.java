package cn.quanze.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Legal figures (limits, periods) as dated parameters, each naming its provision and status
 * (catalog/legal-parameters.tsv). Rules, messages and the quiz all read them from here.
 */
public final class LegalParameters {

    public static final String SIMPLIFIED_FINE_INDIVIDUAL = "simplified-procedure.fine.individual";
    public static final String SIMPLIFIED_FINE_ORGANIZATION = "simplified-procedure.fine.organization";
    /** 行政处罚法第六十条: days from the case being opened to the decision. */
    public static final String DECISION_PERIOD_DAYS = "penalty.decision-period.days";
    /** 行政处罚法第六十七条第三款: days from the decision's receipt to pay the fine. */
    public static final String PAYMENT_PERIOD_DAYS = "fine.payment-period.days";
    /** 行政处罚法第七十二条第一款第一项: the daily surcharge on a late fine, in per cent of the fine. */
    public static final String SURCHARGE_DAILY_PERCENT = "fine.surcharge.daily-percent";
    /** 行政处罚法第六十八条第一项: the largest fine officers may collect on the spot without more (元). */
    public static final String ON_THE_SPOT_COLLECTION_MAX = "fine.on-the-spot-collection.max";
    /** 行政强制法第五十三条: months from the end of the appeal and lawsuit periods within which to apply to the court. */
    public static final String COURT_APPLICATION_MONTHS = "enforcement.court-application.months";
    /** 行政诉讼法第四十六条第一款: months from knowing of the decision within which the party may sue directly. */
    public static final String LAWSUIT_PERIOD_MONTHS = "enforcement.lawsuit-period.months";
    /** 互联网上网服务营业场所管理条例第二十二条: the hours (时) an internet café may open, from and until. */
    public static final String CAFE_OPEN_FROM = "opening-hours.internet-cafe.from";
    public static final String CAFE_OPEN_UNTIL = "opening-hours.internet-cafe.until";
    /** 娱乐场所管理条例第二十八条: the hours (时) an entertainment venue may not open, from and until. */
    public static final String ENTERTAINMENT_CLOSED_FROM = "closed-hours.entertainment.from";
    public static final String ENTERTAINMENT_CLOSED_UNTIL = "closed-hours.entertainment.until";
    /** 兵役法第十五条第一款: the age (周岁) a man reaches by 31 December of the year in which he registers for the first time. */
    public static final String CONSCRIPTION_REGISTRATION_AGE = "conscription.registration.age";
    /** 禁毒法第三十三条第一款: the years a term of community drug treatment (社区戒毒) lasts. */
    public static final String COMMUNITY_DRUG_TREATMENT_YEARS = "community-drug-treatment.term.years";
    /** A month said in a question (一个月前送达) or in a period reckoned from days, counted as thirty days. */
    public static final int DAYS_IN_A_MONTH = 30;
    /** Every key the rules need; the data must give each. */
    static final List<String> REQUIRED = List.of(SIMPLIFIED_FINE_INDIVIDUAL, SIMPLIFIED_FINE_ORGANIZATION, DECISION_PERIOD_DAYS,
            PAYMENT_PERIOD_DAYS, SURCHARGE_DAILY_PERCENT, ON_THE_SPOT_COLLECTION_MAX, COURT_APPLICATION_MONTHS, LAWSUIT_PERIOD_MONTHS,
            CAFE_OPEN_FROM, CAFE_OPEN_UNTIL, ENTERTAINMENT_CLOSED_FROM, ENTERTAINMENT_CLOSED_UNTIL, CONSCRIPTION_REGISTRATION_AGE,
            COMMUNITY_DRUG_TREATMENT_YEARS);

    /** One figure, in force from {@code from}. */
    public record Parameter(String key, double value, String unit, LocalDate from, String source, String edition,
                            String provision, String status) {}

    private final List<Parameter> all;

    public LegalParameters(List<Parameter> all) {
        this.all = all.stream().sorted(Comparator.comparing(Parameter::key).thenComparing(Parameter::from)).toList();
    }

    public List<Parameter> all() {
        return all;
    }

    /** The figure in force on {@code day}. */
    public Optional<Parameter> on(String key, LocalDate day) {
        Parameter found = null;
        for (Parameter p : all) {
            if (p.key().equals(key) && !p.from().isAfter(day)) found = p;
        }
        return Optional.ofNullable(found);
    }

    /** The days from which some figure changes, oldest first. */
    public List<LocalDate> changeDays() {
        List<LocalDate> days = new ArrayList<>();
        all.stream().map(Parameter::from).distinct().sorted().forEach(days::add);
        return days;
    }
}
