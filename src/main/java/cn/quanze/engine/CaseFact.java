package cn.quanze.engine;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.ArticleFit;
import cn.quanze.catalogue.BodyKind;
import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;

import java.time.LocalDate;

/**
 * The request as the rules see it: one fact per decision, built with {@link #builder()}, with
 * getters for the rule language. Unknown facts are {@link Tri#UNKNOWN}, never null booleans.
 */
public final class CaseFact {
    private String bodyInput;
    private boolean bodyResolved;
    private String bodyName;
    private BodyKind bodyKind;
    private String bodyParent;
    private String township;
    private int itemId;
    private Act act = Act.HANDLE;
    private boolean hasQuery;
    private boolean actAssumed;
    /** The item the question's proposed basis points to when it is not the chosen one (0: none). */
    private int proposedOtherId;
    private String proposedOtherName = "";
    private boolean weakMatch;
    private boolean ambiguousMatch;
    private PlaceStatus placeStatus = PlaceStatus.NONE;
    private String placeInput;
    private String placeTownship;
    private String placeTold;
    private String placeToldTownship;
    private Tri emergency = Tri.UNKNOWN;
    /** 疯狗, 野狗: the dog asked to be killed is rabid or stray (TRUE), someone's healthy dog (FALSE), or not said. */
    private Tri rabidOrStrayDog = Tri.UNKNOWN;
    /** 在县里划定的秸秆禁烧区内 (TRUE), 不在禁烧区内 (FALSE), or not said: where the straw was burnt (大气污染防治法第七十七条). */
    private Tri inBurningBanArea = Tri.UNKNOWN;
    private boolean partyLeftOpen;
    private boolean onPermanentFarmland;
    private boolean secondHomestead;
    private boolean outsideFireSeason;
    private String treatmentTermRun = "";
    private String zoneReach = "";
    private int ageOnTheDay = -1;
    private int ageAtEndOfRegistrationYear = -1;
    private int registrationAge;
    private boolean plantsOnly;
    private boolean contractForbidsAdjusting;
    private Tri orderedToCorrect = Tri.UNKNOWN;
    private Tri deadlinePassed = Tri.UNKNOWN;
    private Tri obstructed = Tri.UNKNOWN;
    private Tri noticePublished = Tri.UNKNOWN;
    private Tri appealPeriodExpired = Tri.UNKNOWN;
    private Tri villagersConsented = Tri.UNKNOWN;
    private Tri occupiesFarmland = Tri.UNKNOWN;
    private Tri alreadyFined = Tri.UNKNOWN;
    private boolean terminationAsked;
    private boolean listChangeSupposed;
    /** The words saying the party the act would fall on has died or been deregistered (已经去世了, 注销了的公司), or "". */
    private String partyCeased = "";
    /** The words naming an administrative organ, or the township itself, as the party (罚交通局, 镇政府自己的食堂), or "". */
    private String partyIsAuthority = "";
    /** The words naming an online platform or a courier as the party to be fined (对抖音平台罚款), or "". */
    private String platformFined = "";
    /** The words saying the dispute is already before a court (已经去法院起诉了), or "". */
    private String beforeCourt = "";
    /** An article the question proposes as the basis (按…第四十一条) that the chosen item does not cite; 0: none. */
    private int proposedArticle;
    /** The article the question proposes when the item cites it (0: none). */
    private int proposedCitedArticle;
    private String proposedLaw = "";
    /** Why an order the question asks is not one the item's penalty articles give (責令补种 where none is given), or "". */
    private String orderOutsideArticle = "";
    /** The words putting a village committee in the township's place (村委会替镇里审批, 委托村里去罚), or "". */
    private String villageActing = "";
    private boolean actedByPrivateHand;
    private boolean actedByVillageCommittee;
    /** The county or city department the question names as the one to act (县林业局想…), or "". */
    private String otherBodyActing = "";
    private String doubtedFact = "";
    private cn.quanze.decision.Overridden overridden;
    private int daysCaseOpen = -1;
    private int daysSinceServed = -1;
    private double surchargePercentSaid = -1;
    private int monthsSinceAppealPeriod = -1;
    private boolean consentByRepresentativesOnly;
    private boolean notSerious;
    private String stepMadeUpLater = "";
    /** The words proposing to keep requisitioned property or leave it uncompensated ("": none). */
    private String compensationDenied = "";
    private String licenceSetOutright = "";
    private boolean inspectionRefused;
    private cn.quanze.catalogue.Venue venue;
    private java.util.List<Integer> hoursOpen = java.util.List.of();
    private boolean lateNightOnly;
    private String fundsDivertedWords = "";
    private String chargeAttachedWords = "";
    private String paidForLeaveWords = "";
    /** The last day of the year, month or day the question dates the body's own act in (2022年镇里罚了…), as an epoch day; 0: none. */
    private long actToldByDay;
    private java.util.Set<cn.quanze.decision.PenaltyBar> penaltyBars = java.util.Set.of();
    private java.util.Set<cn.quanze.decision.EnforcementStep> enforcementSteps = java.util.Set.of();
    private java.util.Set<cn.quanze.decision.CourtRuling> courtRulings = java.util.Set.of();
    private PartyType partyType;
    private PenaltyKind penaltyKind;
    private java.util.Set<PenaltyKind> kindsAsked = java.util.Set.of();
    private PenaltyKind kindDecisive;
    private Double amountYuan;
    private Double fineMultiple;
    /** The base the question reckons its multiple on (违法所得), when it names one; else the article's own. */
    private String fineMultipleOf;
    private cn.quanze.catalogue.Confiscated confiscated;
    private cn.quanze.catalogue.Restriction restriction;
    private LocalDate asOf = LocalDate.now();
    private ArticleFit articleFit = ArticleFit.NOT_ASKED;
    private boolean fineBelowMinimum;
    private String articleDetail = "";
    private boolean simplifiedOutOfReach;
    private java.util.List<String> unconfirmedElements = java.util.List.of();
    private java.util.List<String> contradictedElements = java.util.List.of();
    private boolean conductUnspoken;
    private java.util.Set<Act> documentSets = java.util.Set.of();
    private cn.quanze.decision.Verdict documentActVerdict;
    private int documentActItemId;
    private String documentActItemName = "";
    private String documentActReason = "";
    private String documentReach;
    private String documentStepSkipped;
    private String documentUnsettled;
    private Integer documentValidityYears;
    private int documentValidityLimit;
    private Integer documentCommentDays;
    private int documentCommentMin;
    private String documentTiaoli;
    private String documentLapsed;

    private CaseFact() {}

    public static Builder builder() {
        return new Builder();
    }

    public String getBodyInput() { return bodyInput; }
    public boolean isBodyResolved() { return bodyResolved; }
    public String getBodyName() { return bodyName; }
    /** Null when the body is unresolved. */
    public BodyKind getBodyKind() { return bodyKind; }
    public String getBodyParent() { return bodyParent; }
    public boolean isHasParent() { return bodyParent != null && !bodyParent.isEmpty(); }
    /** The township's short name (东冶镇) when the body is a township government, else null. */
    public String getTownship() { return township; }
    /** The asking body is a township government: the catalogue speaks to it. */
    public boolean isTownshipGovernment() { return township != null; }
    /** 0 when no item applies. */
    public int getItemId() { return itemId; }
    /** An item was named or chosen from the question. */
    public boolean isHasItem() { return itemId > 0; }
    public Act getAct() { return act; }
    public boolean isHasQuery() { return hasQuery; }
    public java.util.List<String> getUnconfirmedElements() { return unconfirmedElements; }
    public java.util.Set<Act> getDocumentSets() { return documentSets; }
    /** For a normative document: the verdict on the act the document itself would do, asked of the body; "" when not read. */
    public cn.quanze.decision.Verdict getDocumentActVerdict() { return documentActVerdict; }
    public int getDocumentActItemId() { return documentActItemId; }
    public String getDocumentActItemName() { return documentActItemName; }
    /** The weightiest reason given on that act. */
    public String getDocumentActReason() { return documentActReason; }
    /** The words by which a normative document asked about would reach beyond the body's own area (全县范围内), or null. */
    public String getDocumentReach() { return documentReach; }
    public boolean isDocumentBeyondArea() { return documentReach != null; }
    /** The words saying a step the issuing notice requires (合法性审核, 备案, 登记编号) is skipped, or null. */
    public String getDocumentStepSkipped() { return documentStepSkipped; }
    public boolean isDocumentStepMissing() { return documentStepSkipped != null; }
    /** The words saying the document's content, or the name it goes out in, is not settled yet (条款还在起草); or null. */
    public String getDocumentUnsettled() { return documentUnsettled; }
    /** The validity the question gives a normative document, in years (Integer.MAX_VALUE: 长期有效), or null. */
    public Integer getDocumentValidityYears() { return documentValidityYears; }
    public boolean isDocumentValidityTooLong() { return documentValidityYears != null && documentValidityYears > documentValidityLimit; }
    /** "长期有效" or "10年", for a message. */
    public String getDocumentValidityText() {
        return documentValidityYears == null ? "" : documentValidityYears == Integer.MAX_VALUE ? "长期有效" : documentValidityYears + "年";
    }
    public int getDocumentValidityLimit() { return documentValidityLimit; }
    /** The days a document tied to businesses was (or is to be) open for public comment, 0 for none, or null. */
    public Integer getDocumentCommentDays() { return documentCommentDays; }
    public boolean isDocumentCommentTooShort() { return documentCommentDays != null && documentCommentDays < documentCommentMin; }
    public int getDocumentCommentMin() { return documentCommentMin; }
    /** The words giving a normative document a title with 条例, or null. */
    public String getDocumentTiaoli() { return documentTiaoli; }
    public boolean isDocumentTitledTiaoli() { return documentTiaoli != null; }
    /** The words saying the document has lapsed and is still to be relied on, or null. */
    public String getDocumentLapsed() { return documentLapsed; }
    public boolean isDocumentHasLapsed() { return documentLapsed != null; }
    public boolean isConductUnconfirmed() { return !unconfirmedElements.isEmpty(); }
    /** The unconfirmed elements joined for a message: 在城市住宅小区内；饲养家禽、家畜. */
    public String getUnconfirmedText() { return String.join("；", unconfirmedElements); }
    public boolean isConductContradicted() { return !contradictedElements.isEmpty(); }
    /** The question names no element of the item's conduct in any word: the item was found on other words. */
    public boolean isConductUnspoken() { return conductUnspoken; }
    public String getContradictedText() { return String.join("；", contradictedElements); }
    public boolean isWeakMatch() { return weakMatch; }
    /** The question fits several items that answer differently, or one only weakly. */
    public boolean isAmbiguousMatch() { return ambiguousMatch; }
    public PlaceStatus getPlaceStatus() { return placeStatus; }
    public String getPlaceInput() { return placeInput; }
    public String getPlaceTownship() { return placeTownship; }
    /** A place the question's words put the act in, when it lies in another township than the place the facts give; else null. */
    public String getPlaceTold() { return placeTold; }
    public String getPlaceToldTownship() { return placeToldTownship; }
    /** One of the townships the place may be in is the asking one (for a place several townships have). */
    public boolean isPlaceMaybeOwn() {
        return township != null && placeTownship != null && java.util.List.of(placeTownship.split("、")).contains(township);
    }
    public Tri getEmergency() { return emergency; }
    public Tri getOrderedToCorrect() { return orderedToCorrect; }
    public Tri getDeadlinePassed() { return deadlinePassed; }
    public Tri getObstructed() { return obstructed; }
    public Tri getNoticePublished() { return noticePublished; }
    public Tri getAppealPeriodExpired() { return appealPeriodExpired; }
    public Tri getVillagersConsented() { return villagersConsented; }
    public Tri getOccupiesFarmland() { return occupiesFarmland; }
    public Tri getAlreadyFined() { return alreadyFined; }
    /** The question asks to end an agreement (终止供养服务协议), not to order a correction. */
    public boolean isTerminationAsked() { return terminationAsked; }
    /** The question supposes the catalogue changed (假如县里把处罚权收回去了). */
    public boolean isListChangeSupposed() { return listChangeSupposed; }
    public String getPartyCeased() { return partyCeased; }
    public boolean isPartyGone() { return !partyCeased.isEmpty(); }
    public String getPartyIsAuthority() { return partyIsAuthority; }
    public boolean isPartyAnAuthority() { return !partyIsAuthority.isEmpty(); }
    public String getPlatformFined() { return platformFined; }
    public boolean isPartyAPlatform() { return !platformFined.isEmpty(); }
    public long getActToldByDay() { return actToldByDay; }
    public String getBeforeCourt() { return beforeCourt; }
    public boolean isCourtSeized() { return !beforeCourt.isEmpty(); }
    public int getProposedArticle() { return proposedArticle; }
    public int getProposedCitedArticle() { return proposedCitedArticle; }
    /** The law the question proposes by name that the item does not cite, or "". */
    public String getProposedLaw() { return proposedLaw; }
    public String getOrderOutsideArticle() { return orderOutsideArticle; }
    public boolean isOrderOutsideArticleTold() { return !orderOutsideArticle.isEmpty(); }
    public String getVillageActing() { return villageActing; }
    public boolean isActedByVillage() { return !villageActing.isEmpty(); }
    public String getOtherBodyActing() { return otherBodyActing; }
    public boolean isActedByOtherBody() { return !otherBodyActing.isEmpty(); }
    /** The one put in the township's place is a person or a business, never an organisation a penalty may be entrusted to. */
    public boolean isActedByPrivateHand() { return actedByPrivateHand; }
    /** The hand named is the village (or residents') committee itself, not a person or a business. */
    public boolean isActedByVillageCommittee() { return actedByVillageCommittee; }
    /** The clause telling a fact the asker only heard or guesses (听说…), or "". */
    public String getDoubtedFact() { return doubtedFact; }
    public boolean isFactInDoubt() { return !doubtedFact.isEmpty(); }
    /** A decision the law leaves to others that the question asks the township to take, or null. */
    public cn.quanze.decision.Overridden getOverridden() { return overridden; }
    /** The question says the wrongdoing is not proven (证据不足, 不知道是谁烧的). */
    public boolean isFactsUnproven() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.FACTS_UNPROVEN); }
    /** The question says the party denies the act (当事人不承认). */
    public boolean isNotDone() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NOT_DONE); }
    public boolean isFactsUnchecked() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.FACTS_UNCHECKED); }
    public boolean isOthersProperty() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.OTHERS_PROPERTY); }
    public boolean isRefrainAsked() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.REFRAIN_ASKED); }
    public boolean isNotTheOffender() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NOT_THE_OFFENDER); }

    public Tri getRabidOrStrayDog() { return rabidOrStrayDog; }
    public Tri getInBurningBanArea() { return inBurningBanArea; }
    /** The question says it is not yet known whether the party is a person or a unit (and no fact tells it). */
    public boolean isPartyLeftOpen() { return partyLeftOpen; }
    /** The site is told to be permanent basic farmland (那块地已经划入永久基本农田). */
    public boolean isOnPermanentFarmland() { return onPermanentFarmland; }
    public boolean isSecondHomestead() { return secondHomestead; }
    /** The act's day falls outside the fire-prevention period the question tells (森林防火期是每年…). */
    public boolean isOutsideFireSeason() { return outsideFireSeason; }
    /** The statutory term of the community treatment asked to go on, where it has run out by the day asked (三年); "" otherwise. */
    public String getTreatmentTermRun() { return treatmentTermRun; }
    /** The zone width (with its provision) that a distance the question states falls within (离县道8米); "" when none. */
    public String getZoneReach() { return zoneReach; }
    /** Whole years of the person whose birth the question tells to the day, on the act's first day or the day asked; -1 if none. */
    public int getAgeOnTheDay() { return ageOnTheDay; }
    /** The age the person whose birth year is told reaches by 31 December of the registration year asked; -1 if none. */
    public int getAgeAtEndOfRegistrationYear() { return ageAtEndOfRegistrationYear; }
    /** 兵役法第十五条第一款's age for the first registration, in force on the day asked (catalog/legal-parameters.tsv). */
    public int getRegistrationAge() { return registrationAge; }
    /** What is to be removed by force is trees or crops only, no building, structure or installation. */
    public boolean isPlantsOnly() { return plantsOnly; }
    /** The land contract told of says the land may not be adjusted. */
    public boolean isContractForbidsAdjusting() { return contractForbidsAdjusting; }

    public boolean isPartyDenies() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.PARTY_DENIES); }
    /** The question names someone under fourteen, and the item does not protect children (its name names none). */
    public boolean isMinorNamed() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.MINOR_NAMED); }
    public boolean isMinorActed() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.MINOR_ACTED); }
    /** The question names someone of fourteen to seventeen, and the item does not protect children. */
    public boolean isMinorLighter() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.MINOR_LIGHTER); }
    /** The question says the act was two years or more ago and found only now. */
    public boolean isFoundLate() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.FOUND_LATE); }
    /** The question says the act ended more than two years before it came to light, unnoticed meanwhile. */
    public boolean isFoundTooLate() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.FOUND_TOO_LATE); }
    /** The question says a penalty was decided before and asks for another (not said to be a second fine of the same act). */
    public boolean isPenalisedBefore() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.PENALISED_BEFORE); }
    /** The question puts the act down to an accident or a force of nature (是下大雨泡塌的). */
    public boolean isNoFaultClaimed() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_FAULT_CLAIMED); }
    /** The question says the party corrected the act at once when told (当场就推走了). */
    public boolean isCorrectedAtOnce() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.CORRECTED_AT_ONCE); }
    public boolean isMinorCorrectedHarmless() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.MINOR_CORRECTED_HARMLESS); }
    public boolean isReferredAsCrime() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.REFERRED_AS_CRIME); }
    public boolean isPenaltyInPlaceOfReferral() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.PENALTY_IN_PLACE_OF_REFERRAL); }
    public boolean isCourtFined() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.COURT_FINED); }
    public boolean isCourtRevokedRemade() { return courtRulings.contains(cn.quanze.decision.CourtRuling.REVOKED_REMADE); }
    public boolean isCourtAlreadyRevoked() { return courtRulings.contains(cn.quanze.decision.CourtRuling.ALREADY_REVOKED); }
    public boolean isOpenedElsewhere() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.OPENED_ELSEWHERE); }
    public boolean isIncapacityNamed() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.INCAPACITY_NAMED); }
    public boolean isIncapableAtAct() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.INCAPABLE_AT_ACT); }
    public boolean isOnTheSpot() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.ON_THE_SPOT); }
    public boolean isCollectedOnTheSpot() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.COLLECTED_ON_THE_SPOT); }
    public boolean isProceedsKept() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.PROCEEDS_KEPT); }
    public boolean isNoHearing() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_HEARING); }
    public boolean isHearingByInvestigator() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.HEARING_BY_INVESTIGATOR); }
    public boolean isNoEnforcementStatus() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_ENFORCEMENT_STATUS); }
    public boolean isSealOfAnother() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.SEAL_OF_ANOTHER); }
    public boolean isNoLegalReview() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_LEGAL_REVIEW); }
    public boolean isLegalReviewCase() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.LEGAL_REVIEW_CASE); }
    public boolean isNoCollectiveDiscussion() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_COLLECTIVE_DISCUSSION); }
    public boolean isCollectiveDiscussionCase() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.COLLECTIVE_DISCUSSION_CASE); }
    public boolean isOneOfficer() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.ONE_OFFICER); }
    public boolean isHearingNotHeld() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.HEARING_NOT_HELD); }
    public boolean isSurchargeOverFine() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.SURCHARGE_OVER_FINE); }
    public boolean isChargeWithoutBasis() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.CHARGE_WITHOUT_BASIS); }
    public boolean isInstalmentWithoutGrounds() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.INSTALMENT_WITHOUT_GROUNDS); }
    public boolean isSurchargeInReview() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.SURCHARGE_IN_REVIEW); }
    public boolean isSurchargeAsked() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.SURCHARGE_ASKED); }
    /** Days the case has been open by the question (立案一百二十天了), or -1. */
    public int getDaysCaseOpen() { return daysCaseOpen; }
    /** Days since the penalty decision was served by the question (决定书昨天才送到), or -1. */
    public int getDaysSinceServed() { return daysSinceServed; }
    /** The daily surcharge rate the question says, in percent (5 for 每日5%), or -1 where none is said. */
    public double getSurchargePercentSaid() { return surchargePercentSaid; }
    /** 5%: the rate said, for messages. */
    public String getSurchargePercentSaidText() { return java.math.BigDecimal.valueOf(surchargePercentSaid).stripTrailingZeros().toPlainString() + "%"; }
    /** Months since the appeal and lawsuit periods ran out, where applying to the court is asked; -1 when not told. */
    public int getMonthsSinceAppealPeriod() { return monthsSinceAppealPeriod; }
    /** The consent the question tells is the villagers' representatives', with no word of the villagers' meeting. */
    public boolean isConsentByRepresentativesOnly() { return consentByRepresentativesOnly; }
    /** The question says the circumstances are ordinary (情节一般), not serious. */
    public boolean isNotSerious() { return notSerious; }
    public boolean isNoDecisionDocument() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_DECISION_DOCUMENT); }
    public boolean isHeavierForDefence() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.HEAVIER_FOR_DEFENCE); }
    public boolean isNoReceipt() { return penaltyBars.contains(cn.quanze.decision.PenaltyBar.NO_RECEIPT); }
    /** The words of a step the question puts off until after the act (决定书过几天补, 审核材料年底再补), or "". */
    public String getStepMadeUpLater() { return stepMadeUpLater; }
    public boolean isStepPutOff() { return !stepMadeUpLater.isEmpty(); }
    public String getCompensationDenied() { return compensationDenied; }
    public boolean isRequisitionUncompensated() { return !compensationDenied.isEmpty(); }
    public String getLicenceSetOutright() { return licenceSetOutright; }
    public boolean isDocumentSetsLicenceOutright() { return !licenceSetOutright.isEmpty(); }
    public boolean isInspectionRefused() { return inspectionRefused; }
    /** The kind of venue the question names (网吧 or 娱乐场所), or null. */
    public cn.quanze.catalogue.Venue getVenue() { return venue; }
    /** The hours of the day (0–23) the question says the venue was open at. */
    public java.util.List<Integer> getHoursOpen() { return hoursOpen; }
    /** The venue was said open late at night (半夜, 凌晨) without the hour, nor all night. */
    public boolean isLateNightOnly() { return lateNightOnly; }
    /** 晚上10点, 凌晨1点: the hours said, for a message. */
    public String getHoursOpenText() {
        return hoursOpen.stream().map(h -> h == 0 ? "零时" : h + "时").distinct().collect(java.util.stream.Collectors.joining("、"));
    }
    public String getFundsDivertedWords() { return fundsDivertedWords; }
    public boolean isFundsDiverted() { return !fundsDivertedWords.isEmpty(); }
    public String getChargeAttachedWords() { return chargeAttachedWords; }
    public boolean isChargeAttached() { return !chargeAttachedWords.isEmpty(); }
    public String getPaidForLeaveWords() { return paidForLeaveWords; }
    public boolean isPaidForLeave() { return !paidForLeaveWords.isEmpty(); }
    /** 大年初一去强拆: the enforcement asked is at night or on a statutory holiday (行政强制法第四十三条第一款). */
    public boolean isAtNightOrOnHoliday() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.AT_NIGHT_OR_ON_HOLIDAY); }
    /** The day set for the enforcement may fall in the 春节 holiday (20 January – 22 February); the lunar date is not computed. */
    public boolean isMaybeSpringFestival() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.MAYBE_SPRING_FESTIVAL); }
    /** 给他家断电逼他拆: the enforcement asked cuts a supply (行政强制法第四十三条第二款). */
    public boolean isSupplyCut() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.SUPPLY_CUT); }
    public boolean isNoDemand() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.NO_DEMAND); }
    /** 催告过了: the written demand was served. */
    public boolean isDemandServed() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.DEMAND_SERVED); }
    /** 代履行 asked: the work done in the party's stead at the party's cost. */
    public boolean isSubstitutePerformance() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.SUBSTITUTE); }
    /** 申请法院强制执行: the act asked is an application to the court to enforce the township's decision. */
    public boolean isCourtApplication() { return enforcementSteps.contains(cn.quanze.decision.EnforcementStep.COURT_APPLICATION); }
    public boolean isActAssumed() { return actAssumed; }
    public int getProposedOtherId() { return proposedOtherId; }
    public String getProposedOtherName() { return proposedOtherName; }
    public PartyType getPartyType() { return partyType; }
    public PenaltyKind getPenaltyKind() { return penaltyKind; }
    public Double getAmountYuan() { return amountYuan; }
    /** How the penalty asked fits the item's own articles (catalog/penalty-provisions.tsv). */
    public ArticleFit getArticleFit() { return articleFit; }
    /** The fine asked is below the least the item's articles allow (out of range by being too low). */
    public boolean isFineBelowMinimum() { return fineBelowMinimum; }
    /** What the item's articles provide for this party, in Chinese; empty when the item is not a penalty item. */
    public String getArticleDetail() { return articleDetail; }
    public boolean isHasArticleDetail() { return !articleDetail.isEmpty(); }
    /** For an organisation, the item's articles provide neither a warning nor a fine within the on-the-spot limit. */
    public boolean isSimplifiedOutOfReach() { return simplifiedOutOfReach; }
    public String getPartyLabel() { return partyType == null ? "当事人" : partyType.label(); }
    /** The form of business restriction asked (责令关闭, 停产停业), or null when not said. */
    public cn.quanze.catalogue.Restriction getRestriction() { return restriction; }
    public String getPenaltyLabel() {
        if (penaltyKind == null) return "";
        if (restriction != null) return restriction.label();
        return confiscated == null ? penaltyKind.label() : "没收" + confiscated.label();
    }
    /**
     * The kind the articles' answer is about: the one asked, or the fine or warning asked beside it when that one is
     * what the articles refuse or leave open (罚款2000元，另处警告 where the article gives no warning: 警告).
     */
    public String getKindAnsweredLabel() { return kindDecisive == null ? getPenaltyLabel() : kindDecisive.label(); }
    /** The kinds asked together (罚款 and the 警告 beside it), as 警告和罚款; empty when one kind or none was asked. */
    public String getKindsAskedLabel() {
        if (kindsAsked.size() < 2) return "";
        return String.join("和", kindsAsked.stream().sorted().map(PenaltyKind::label).toList());
    }
    public long getAmountRounded() { return amountYuan == null ? 0 : Math.round(amountYuan); }
    /** The fine asked, as said: 500元, or 两倍 reckoned on the article's base. */
    public String getFineText() {
        if (fineMultiple != null) {
            double m = Math.round(fineMultiple * 100) / 100.0;
            String times = (fineMultipleOf == null ? "" : fineMultipleOf + "的") + (m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m)) + "倍";
            return amountYuan == null ? times : getAmountRounded() + "元（" + times + "）";
        }
        return getAmountRounded() + "元";
    }

    /** The day the decision is made for, as an epoch day (easy to compare in rules), and as printed. */
    public long getAsOfDay() { return asOf.toEpochDay(); }
    public String getAsOf() { return asOf.toString(); }

    public static final class Builder {
        private final CaseFact f = new CaseFact();

        private Builder() {}

        public Builder body(String input) { f.bodyInput = input; return this; }

        /** A resolved body; {@code township} is its short name when it is a township government, else null. */
        public Builder resolvedBody(String name, BodyKind kind, String parent, String township) {
            f.bodyResolved = true;
            f.bodyName = name;
            f.bodyKind = kind;
            f.bodyParent = parent;
            f.township = township;
            return this;
        }

        public Builder item(int id) { f.itemId = id; return this; }
        public Builder act(Act a) { f.act = a; return this; }
        public Builder hasQuery(boolean v) { f.hasQuery = v; return this; }
        public Builder weakMatch(boolean v) { f.weakMatch = v; return this; }
        public Builder ambiguousMatch(boolean v) { f.ambiguousMatch = v; return this; }

        public Builder place(PlaceStatus status, String input, String township) {
            f.placeStatus = status;
            f.placeInput = input;
            f.placeTownship = township;
            return this;
        }

        public Builder placeTold(String input, String township) {
            f.placeTold = input;
            f.placeToldTownship = township;
            return this;
        }

        public Builder emergency(Boolean v) { f.emergency = Tri.of(v); return this; }
        public Builder orderedToCorrect(Boolean v) { f.orderedToCorrect = Tri.of(v); return this; }
        public Builder deadlinePassed(Boolean v) { f.deadlinePassed = Tri.of(v); return this; }
        public Builder obstructed(Boolean v) { f.obstructed = Tri.of(v); return this; }
        public Builder noticePublished(Boolean v) { f.noticePublished = Tri.of(v); return this; }
        public Builder appealPeriodExpired(Boolean v) { f.appealPeriodExpired = Tri.of(v); return this; }
        public Builder villagersConsented(Boolean v) { f.villagersConsented = Tri.of(v); return this; }
        public Builder occupiesFarmland(Boolean v) { f.occupiesFarmland = Tri.of(v); return this; }
        public Builder alreadyFined(Boolean v) { f.alreadyFined = Tri.of(v); return this; }
        public Builder terminationAsked(boolean v) { f.terminationAsked = v; return this; }
        public Builder listChangeSupposed(boolean v) { f.listChangeSupposed = v; return this; }
        public Builder partyCeased(String words) { f.partyCeased = words == null ? "" : words; return this; }
        public Builder partyIsAuthority(String words) { f.partyIsAuthority = words == null ? "" : words; return this; }
        public Builder platformFined(String words) { f.platformFined = words == null ? "" : words; return this; }
        public Builder courtRulings(java.util.Set<cn.quanze.decision.CourtRuling> rulings) { f.courtRulings = java.util.Set.copyOf(rulings); return this; }
        public Builder beforeCourt(String words) { f.beforeCourt = words == null ? "" : words; return this; }
        public Builder proposedArticle(int article) { f.proposedArticle = article; return this; }
        public Builder proposedCitedArticle(int article) { f.proposedCitedArticle = article; return this; }
        public Builder proposedLaw(String law) { f.proposedLaw = law == null ? "" : law; return this; }
        public Builder orderOutsideArticle(String why) { f.orderOutsideArticle = why == null ? "" : why; return this; }
        public Builder villageActing(String words) { f.villageActing = words == null ? "" : words; return this; }
        public Builder otherBodyActing(String words) { f.otherBodyActing = words == null ? "" : words; return this; }
        public Builder actedByPrivateHand(boolean privateHand) { f.actedByPrivateHand = privateHand; return this; }
        public Builder actedByVillageCommittee(boolean committee) { f.actedByVillageCommittee = committee; return this; }
        public Builder doubtedFact(String words) { f.doubtedFact = words == null ? "" : words; return this; }
        public Builder overridden(cn.quanze.decision.Overridden o) { f.overridden = o; return this; }
        public Builder daysCaseOpen(int days) { f.daysCaseOpen = days; return this; }
        public Builder daysSinceServed(int days) { f.daysSinceServed = days; return this; }
        public Builder surchargePercentSaid(double percent) { f.surchargePercentSaid = percent; return this; }
        public Builder monthsSinceAppealPeriod(int months) { f.monthsSinceAppealPeriod = months; return this; }
        public Builder consentByRepresentativesOnly(boolean only) { f.consentByRepresentativesOnly = only; return this; }
        public Builder notSerious(boolean v) { f.notSerious = v; return this; }
        public Builder stepMadeUpLater(String words) { f.stepMadeUpLater = words == null ? "" : words; return this; }
        public Builder compensationDenied(String words) { f.compensationDenied = words == null ? "" : words; return this; }
        public Builder licenceSetOutright(String words) { f.licenceSetOutright = words == null ? "" : words; return this; }
        public Builder inspectionRefused(boolean v) { f.inspectionRefused = v; return this; }
        public Builder hoursOpen(cn.quanze.catalogue.Venue venue, java.util.List<Integer> hours, boolean lateNightOnly) {
            f.venue = venue; f.hoursOpen = java.util.List.copyOf(hours); f.lateNightOnly = lateNightOnly; return this;
        }
        public Builder fundsDiverted(String words) { f.fundsDivertedWords = words == null ? "" : words; return this; }
        public Builder chargeAttached(String words) { f.chargeAttachedWords = words == null ? "" : words; return this; }
        public Builder paidForLeave(String words) { f.paidForLeaveWords = words == null ? "" : words; return this; }
        public Builder actToldBy(LocalDate day) { f.actToldByDay = day == null ? 0 : day.toEpochDay(); return this; }
        public Builder rabidOrStrayDog(Tri v) { f.rabidOrStrayDog = v; return this; }
        public Builder inBurningBanArea(Tri v) { f.inBurningBanArea = v; return this; }
        public Builder partyLeftOpen(boolean v) { f.partyLeftOpen = v; return this; }
        public Builder onPermanentFarmland(boolean v) { f.onPermanentFarmland = v; return this; }
        public Builder secondHomestead(boolean v) { f.secondHomestead = v; return this; }
        public Builder outsideFireSeason(boolean v) { f.outsideFireSeason = v; return this; }
        public Builder treatmentTermRun(String term) { f.treatmentTermRun = term == null ? "" : term; return this; }
        public Builder zoneReach(String reach) { f.zoneReach = reach == null ? "" : reach; return this; }
        public Builder ageOnTheDay(int v) { f.ageOnTheDay = v; return this; }
        public Builder ageAtEndOfRegistrationYear(int v) { f.ageAtEndOfRegistrationYear = v; return this; }
        public Builder registrationAge(int v) { f.registrationAge = v; return this; }
        public Builder plantsOnly(boolean v) { f.plantsOnly = v; return this; }
        public Builder contractForbidsAdjusting(boolean v) { f.contractForbidsAdjusting = v; return this; }
        public Builder enforcementSteps(java.util.Set<cn.quanze.decision.EnforcementStep> steps) { f.enforcementSteps = java.util.Set.copyOf(steps); return this; }
        public Builder penaltyBars(java.util.Set<cn.quanze.decision.PenaltyBar> bars) { f.penaltyBars = java.util.Set.copyOf(bars); return this; }
        public Builder actAssumed(boolean v) { f.actAssumed = v; return this; }
        public Builder proposedOther(int id, String name) { f.proposedOtherId = id; f.proposedOtherName = name; return this; }
        public Builder party(PartyType v) { f.partyType = v; return this; }

        public Builder penalty(PenaltyKind kind, Double amountYuan) {
            return penalty(kind, amountYuan, null);
        }

        public Builder penalty(PenaltyKind kind, Double amountYuan, cn.quanze.catalogue.Confiscated confiscated) {
            return penalty(kind, amountYuan, confiscated, null);
        }

        public Builder penalty(PenaltyKind kind, Double amountYuan, cn.quanze.catalogue.Confiscated confiscated,
                               cn.quanze.catalogue.Restriction restriction) {
            f.penaltyKind = kind;
            f.amountYuan = amountYuan;
            f.confiscated = kind == PenaltyKind.CONFISCATION ? confiscated : null;
            f.restriction = kind == PenaltyKind.BUSINESS_RESTRICTION ? restriction : null;
            return this;
        }

        /** A fine asked as a multiple of the article's base (按货值的三倍罚). */
        public Builder fineMultiple(Double v) { f.fineMultiple = v; return this; }
        /** The base the question reckons its multiple on, when it names one (按赚的钱罚五倍: 违法所得). */
        public Builder fineMultipleOf(String v) { f.fineMultipleOf = v; return this; }

        public Builder asOf(LocalDate d) { f.asOf = d; return this; }
        /** What a normative document asked about would set: PENALIZE, ENFORCE, APPROVE (a licence), LEVY (a fee). */
        public Builder documentSets(java.util.Set<Act> acts) { f.documentSets = java.util.Set.copyOf(acts); return this; }
        public Builder documentAct(cn.quanze.decision.Verdict verdict, int itemId, String itemName, String reason) {
            f.documentActVerdict = verdict; f.documentActItemId = itemId; f.documentActItemName = itemName; f.documentActReason = reason;
            return this;
        }
        public Builder documentReach(String words) { f.documentReach = words; return this; }
        public Builder documentStepSkipped(String words) { f.documentStepSkipped = words; return this; }
        public Builder documentUnsettled(String words) { f.documentUnsettled = words; return this; }
        /** A normative document's term, comment period (for one tied to businesses), title and lapse, with the limits. */
        public Builder documentTerms(Integer validityYears, int validityLimit, Integer commentDays, int commentMin,
                                     String tiaoli, String lapsed) {
            f.documentValidityYears = validityYears; f.documentValidityLimit = validityLimit;
            f.documentCommentDays = commentDays; f.documentCommentMin = commentMin;
            f.documentTiaoli = tiaoli; f.documentLapsed = lapsed;
            return this;
        }
        /** The chosen item's conduct elements the question did not state (catalog/conduct-elements.tsv). */
        public Builder unconfirmedElements(java.util.List<String> labels) { f.unconfirmedElements = java.util.List.copyOf(labels); return this; }
        public Builder contradictedElements(java.util.List<String> labels) { f.contradictedElements = java.util.List.copyOf(labels); return this; }
        public Builder conductUnspoken(boolean v) { f.conductUnspoken = v; return this; }

        public Builder kindsAsked(java.util.Set<PenaltyKind> kinds) { f.kindsAsked = java.util.Set.copyOf(kinds); return this; }
        /** The kind beside the one asked whose fit decided the articles' answer; null when the one asked decided it. */
        public Builder kindDecisive(PenaltyKind kind) { f.kindDecisive = kind; return this; }

        public Builder fineBelowMinimum(boolean below) { f.fineBelowMinimum = below; return this; }

        public Builder articles(ArticleFit fit, String detail, boolean simplifiedOutOfReach) {
            f.articleFit = fit;
            f.articleDetail = detail == null ? "" : detail;
            f.simplifiedOutOfReach = simplifiedOutOfReach;
            return this;
        }

        public CaseFact build() { return f; }
    }
}
