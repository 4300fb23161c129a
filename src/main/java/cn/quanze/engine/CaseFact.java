package cn.quanze.engine;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.PartyType;
import cn.quanze.decision.PenaltyKind;

/** The request as the rules see it: one fact per decision, with getters for the rule language. */
public final class CaseFact {
    private final String bodyInput;
    private final boolean bodyResolved;
    private final String bodyName;
    private final String bodyKind;
    private final String bodyParent;
    private final String township;
    private final int itemId;
    private final Act act;
    private final boolean hasQuery;
    private final boolean weakMatch;
    private final PlaceStatus placeStatus;
    private final String placeInput;
    private final String placeTownship;
    private final Tri emergency;
    private final Tri orderedToCorrect;
    private final Tri deadlinePassed;
    private final Tri obstructed;
    private final PartyType partyType;
    private final PenaltyKind penaltyKind;
    private final Double amountYuan;
    private final long asOfDay;
    private final String asOf;

    public CaseFact(String bodyInput, boolean bodyResolved, String bodyName, String bodyKind, String bodyParent,
                    String township, int itemId, Act act, boolean hasQuery, boolean weakMatch,
                    PlaceStatus placeStatus, String placeInput, String placeTownship,
                    Tri emergency, Tri orderedToCorrect, Tri deadlinePassed, Tri obstructed,
                    PartyType partyType, PenaltyKind penaltyKind, Double amountYuan, java.time.LocalDate asOf) {
        this.bodyInput = bodyInput;
        this.bodyResolved = bodyResolved;
        this.bodyName = bodyName;
        this.bodyKind = bodyKind;
        this.bodyParent = bodyParent;
        this.township = township;
        this.itemId = itemId;
        this.act = act;
        this.hasQuery = hasQuery;
        this.weakMatch = weakMatch;
        this.placeStatus = placeStatus;
        this.placeInput = placeInput;
        this.placeTownship = placeTownship;
        this.emergency = emergency;
        this.orderedToCorrect = orderedToCorrect;
        this.deadlinePassed = deadlinePassed;
        this.obstructed = obstructed;
        this.partyType = partyType;
        this.penaltyKind = penaltyKind;
        this.amountYuan = amountYuan;
        this.asOfDay = asOf.toEpochDay();
        this.asOf = asOf.toString();
    }

    public String getBodyInput() { return bodyInput; }
    public boolean isBodyResolved() { return bodyResolved; }
    public String getBodyName() { return bodyName; }
    public String getBodyKind() { return bodyKind; }
    public String getBodyParent() { return bodyParent; }
    /** The township's short name (东冶镇) when the body is a township government, else null. */
    public String getTownship() { return township; }
    public int getItemId() { return itemId; }
    public Act getAct() { return act; }
    public boolean isHasQuery() { return hasQuery; }
    public boolean isWeakMatch() { return weakMatch; }
    public PlaceStatus getPlaceStatus() { return placeStatus; }
    public String getPlaceInput() { return placeInput; }
    public String getPlaceTownship() { return placeTownship; }
    public Tri getEmergency() { return emergency; }
    public Tri getOrderedToCorrect() { return orderedToCorrect; }
    public Tri getDeadlinePassed() { return deadlinePassed; }
    public Tri getObstructed() { return obstructed; }
    public PartyType getPartyType() { return partyType; }
    public PenaltyKind getPenaltyKind() { return penaltyKind; }
    public Double getAmountYuan() { return amountYuan; }
    /** The day the decision is made for, as an epoch day (easy to compare in rules), and as printed. */
    public long getAsOfDay() { return asOfDay; }
    public String getAsOf() { return asOf; }
}
