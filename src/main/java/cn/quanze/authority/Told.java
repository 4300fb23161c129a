package cn.quanze.authority;

import cn.quanze.catalogue.Venue;
import cn.quanze.decision.CourtRuling;
import cn.quanze.decision.EnforcementStep;
import cn.quanze.decision.Overridden;
import cn.quanze.decision.PenaltyBar;
import cn.quanze.matching.ClockHours;
import cn.quanze.matching.QuestionReader;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the question's own words tell whatever item is weighed: read once per request, then handed to the rules for
 * the chosen item and for each rival (AuthorityService decides the same case several times). Built only by
 * {@link #read}; a structured request tells nothing beyond its facts. Each accessor says what it holds when told, and
 * its value when not (false, null, an empty set or -1).
 */
final class Told {

    private boolean terminationAsked;
    private boolean listChangeSupposed;
    private String partyCeased;
    private java.util.Set<String> orderedMeasures = java.util.Set.of();
    private Double replantMultiple;
    private String partyIsAuthority;
    private String platformFined;
    private LocalDate ownActDay;
    private LocalDate treatmentContinuedFrom;
    private String villageActing;
    private String beforeCourt;
    private Set<CourtRuling> courtRulings = Set.of();
    private QuestionReader.ProposedArticle proposedArticle;
    private String proposedLaw;
    private Set<PenaltyBar> penaltyBars = Set.of();
    private Set<EnforcementStep> enforcementSteps = Set.of();
    private Boolean rabidOrStrayDog;
    private Boolean inBurningBanArea;
    private boolean partyLeftOpen;
    private boolean onPermanentFarmland;
    private boolean secondHomestead;
    private boolean outsideFireSeason;
    private int ageOnTheDay = -1;
    private int ageAtEndOfRegistrationYear = -1;
    private boolean plantsOnly;
    private boolean contractForbidsAdjusting;
    private String doubted;
    private String stepPutOff;
    private Overridden overridden;
    private int daysCaseOpen = -1;
    private int daysSinceServed = -1;
    private double surchargePercentSaid = -1;
    private int monthsSinceAppealPeriod = -1;
    private boolean representativesOnly;
    private boolean notSerious;
    private String compensationDenied;
    private String licenceSetOutright;
    private boolean inspectionRefused;
    private Venue venue;
    private List<Integer> hoursOpen = List.of();
    private boolean lateNightOnly;
    private String fundsDiverted;
    private String chargeAttached;
    private String paidForLeave;
    private String placeTold;
    private String otherBodyActing;

    private Told() {}

    private static final Told NOTHING = new Told();

    /**
     * Reads the question (null: nothing is told); years it names are counted back from the year asked about. The place
     * the question's words put the act in ({@code placeTold}, null if none) is read with the rest of the question.
     *
     * @param facts the question without hearsay and the basis its asker proposes: what it says happened
     */
    static Told read(QuestionReader reader, String q, java.time.LocalDate asOf, String placeTold, String facts) {
        if (q == null) return NOTHING;
        int asOfYear = asOf.getYear();
        Told t = new Told();
        t.placeTold = placeTold;
        t.terminationAsked = QuestionReader.asksTermination(q);
        t.listChangeSupposed = QuestionReader.supposesListChange(q);
        t.partyCeased = QuestionReader.partyCeased(q);
        t.orderedMeasures = QuestionReader.orderedMeasures(q);
        t.replantMultiple = QuestionReader.replantMultiple(q);
        t.partyIsAuthority = QuestionReader.partyIsAuthority(q);
        t.platformFined = QuestionReader.platformFined(q);
        t.ownActDay = QuestionReader.ownActDay(q);
        t.treatmentContinuedFrom = QuestionReader.communityTreatmentContinuedFrom(q);
        t.villageActing = QuestionReader.villageActsForTownship(q);
        t.otherBodyActing = QuestionReader.otherBodyActs(q);
        t.beforeCourt = QuestionReader.beforeCourt(q);
        t.courtRulings = Set.copyOf(QuestionReader.courtRulings(q));
        t.proposedArticle = QuestionReader.proposedArticle(q);
        t.proposedLaw = QuestionReader.proposedLaw(q);
        var bars = QuestionReader.penaltyBars(q, asOfYear);
        if (reader.proceedsKept(q)) bars.add(PenaltyBar.PROCEEDS_KEPT);
        t.penaltyBars = Set.copyOf(bars);
        t.enforcementSteps = Set.copyOf(reader.enforcementSteps(q));
        t.rabidOrStrayDog = QuestionReader.rabidOrStrayDog(q);
        t.inBurningBanArea = QuestionReader.inBurningBanArea(q);
        t.partyLeftOpen = QuestionReader.partyLeftOpen(q);
        t.onPermanentFarmland = QuestionReader.onPermanentFarmland(q);
        t.secondHomestead = QuestionReader.secondHomestead(q);
        t.outsideFireSeason = Boolean.TRUE.equals(QuestionReader.outsideToldFireSeason(q, asOfYear));
        t.ageOnTheDay = QuestionReader.ageOnTheDay(q, asOf);
        t.ageAtEndOfRegistrationYear = QuestionReader.ageAtEndOfRegistrationYear(q, asOfYear);
        t.plantsOnly = QuestionReader.plantsOnly(q);
        t.contractForbidsAdjusting = QuestionReader.contractForbidsAdjusting(q);
        t.doubted = QuestionReader.doubtedFact(q);
        t.stepPutOff = QuestionReader.stepMadeUpLater(q);
        t.overridden = QuestionReader.overridden(q);
        t.daysCaseOpen = QuestionReader.daysCaseOpen(q);
        t.daysSinceServed = QuestionReader.daysSinceServed(q, asOf);
        t.surchargePercentSaid = QuestionReader.surchargePercentSaid(q);
        t.monthsSinceAppealPeriod = QuestionReader.monthsSinceAppealPeriod(q, asOf);
        t.representativesOnly = QuestionReader.consentByRepresentativesOnly(q);
        t.notSerious = QuestionReader.saysNotSerious(q);
        t.compensationDenied = QuestionReader.requisitionUncompensated(q);
        t.licenceSetOutright = QuestionReader.licenceSetOutright(q);
        t.inspectionRefused = QuestionReader.inspectionRefused(q);
        // 歌舞厅营业到凌晨1点50分。有人说网吧过了12点就不能营业: the venue and its hours are the case's, not the hearsay's
        // (按网吧超时营业罚 of a reading room: the basis proposed still names the kind of venue asked about)
        Venue ofFacts = facts == null ? null : reader.venue(facts);
        String told = ofFacts == null ? q : facts;
        t.venue = ofFacts != null ? ofFacts : reader.venue(q);
        if (t.venue != null) {
            t.hoursOpen = List.copyOf(ClockHours.open(told));
            t.lateNightOnly = ClockHours.lateNightOnly(told);
        }
        t.fundsDiverted = QuestionReader.fundsDiverted(q);
        t.chargeAttached = QuestionReader.chargeAttached(q);
        t.paidForLeave = QuestionReader.paidForLeave(q);
        return t;
    }

    /** 能不能解除合同 / 撤销: the question asks to end something the item granted. */
    boolean terminationAsked() { return terminationAsked; }
    /** 假如明年县里把处罚权收回去了: the question supposes the catalogue changed. */
    boolean listChangeSupposed() { return listChangeSupposed; }
    /** The words saying the party no longer exists (公司已经注销了), or null. */
    String partyCeased() { return partyCeased; }
    /** The measures the question's orders ask (补种, 拆除, 退还…; see QuestionReader.orderedMeasures); empty when none. */
    java.util.Set<String> orderedMeasures() { return orderedMeasures; }
    /** The replanting ordered as a multiple of the trees destroyed (see QuestionReader.replantMultiple), or null. */
    Double replantMultiple() { return replantMultiple; }
    /** The words naming an administrative organ as the party, or null. */
    String partyIsAuthority() { return partyIsAuthority; }
    /** The words naming an online platform or a courier as the party to be fined, or null. */
    String platformFined() { return platformFined; }
    /** The last day of the period the question dates the body's own act in, or null. */
    LocalDate ownActDay() { return ownActDay; }
    /** 2023年9月开始社区戒毒…想继续管着他: the day the treatment asked to go on began, or null. */
    LocalDate treatmentContinuedFrom() { return treatmentContinuedFrom; }
    /** The words saying someone else acts in the township's place (村委会替镇里罚), or null. */
    String villageActing() { return villageActing; }
    /** The county or city department the question names as the one to act (县林业局想…), or null. */
    String otherBodyActing() { return otherBodyActing; }
    /** The words saying the dispute is before a court, or null. */
    String beforeCourt() { return beforeCourt; }
    Set<CourtRuling> courtRulings() { return courtRulings; }
    /** The article the question proposes as the basis, or null; whether the item cites it is per item. */
    QuestionReader.ProposedArticle proposedArticle() { return proposedArticle; }
    /** The law the question proposes by name without an article (大气法), or null; likewise per item. */
    String proposedLaw() { return proposedLaw; }
    Set<PenaltyBar> penaltyBars() { return penaltyBars; }
    Set<EnforcementStep> enforcementSteps() { return enforcementSteps; }
    /** Whether the dog asked about is rabid or a stray, or null when not said. */
    Boolean rabidOrStrayDog() { return rabidOrStrayDog; }
    /** Whether the burning told is inside the area the province forbids it, or null when not said. */
    Boolean inBurningBanArea() { return inBurningBanArea; }
    boolean partyLeftOpen() { return partyLeftOpen; }
    boolean onPermanentFarmland() { return onPermanentFarmland; }
    boolean secondHomestead() { return secondHomestead; }
    /** The act's day falls outside the fire-prevention period the question tells. */
    boolean outsideFireSeason() { return outsideFireSeason; }
    /** Whole years of the person whose birth the question tells to the day, on the act's first day or the day asked; -1 if none. */
    int ageOnTheDay() { return ageOnTheDay; }
    int ageAtEndOfRegistrationYear() { return ageAtEndOfRegistrationYear; }
    boolean plantsOnly() { return plantsOnly; }
    boolean contractForbidsAdjusting() { return contractForbidsAdjusting; }
    /** The clause telling a fact the asker only heard or guesses (听说…，也可能…), or null. */
    String doubted() { return doubted; }
    /** The words putting off a step the law puts first (决定书过几天补), or null. */
    String stepPutOff() { return stepPutOff; }
    /** A decision the law leaves to others that the question asks the township to take (指定村主任), or null. */
    Overridden overridden() { return overridden; }
    /** The days the case has been open (立案一百二十天了), or -1. */
    int daysCaseOpen() { return daysCaseOpen; }
    /** The days since the penalty decision was served (决定书昨天才送到), or -1. */
    int daysSinceServed() { return daysSinceServed; }
    /** The daily surcharge rate said (每日按罚款数额的5%加处), in percent, or -1. */
    double surchargePercentSaid() { return surchargePercentSaid; }
    int monthsSinceAppealPeriod() { return monthsSinceAppealPeriod; }
    /** The consent told is the villagers' representatives', not the villagers' meeting's. */
    boolean representativesOnly() { return representativesOnly; }
    /** 情节一般, 情节较轻: the circumstances said to be ordinary, not serious. */
    boolean notSerious() { return notSerious; }
    /** The words proposing to keep requisitioned property or not to compensate for it (征用不用补偿), or null. */
    String compensationDenied() { return compensationDenied; }
    /** The words saying a normative document would create a licence outright (设定行政许可), or null. */
    String licenceSetOutright() { return licenceSetOutright; }
    /** The question tells that the party refused an inspection (拒绝检查, 不让查). */
    boolean inspectionRefused() { return inspectionRefused; }
    /** The one kind of venue the question names (网吧, KTV), or null when none or both. */
    Venue venue() { return venue; }
    /** The hours of the day the question says the venue was open at (for a venue named only). */
    List<Integer> hoursOpen() { return hoursOpen; }
    /** The venue said open late at night (半夜), the hour not said. */
    boolean lateNightOnly() { return lateNightOnly; }
    /** The words turning a payment's money to another use (挪去修活动室, 抵欠的水费), or null. */
    String fundsDiverted() { return fundsDiverted; }
    /** The words of a charge made alongside the act asked (开工前交保证金), or null. */
    String chargeAttached() { return chargeAttached; }
    /** The words offering money for leave to carry on (交罚款换不再来查), or null. */
    String paidForLeave() { return paidForLeave; }
    /** The place the question's own words put the act in, or null; the request's facts may name another. */
    String placeTold() { return placeTold; }
}
