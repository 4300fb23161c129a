package cn.quanze.decision;

import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;

/**
 * What is known of the case (contract {@code facts}). Null means unknown.
 * {@code obstructed} is an extension for item 9 (防汛遇到阻拦和拖延时).
 */
public record Facts(String location, PartyType partyType, Penalty penalty, Boolean emergency,
                    Boolean orderedToCorrect, Boolean deadlinePassed, Boolean obstructed) {

    public static final Facts NONE = new Facts(null, null, null, null, null, null, null);

    /** Facts stated explicitly win over facts read from the question. */
    public Facts over(Facts read) {
        if (read == null) return this;
        return new Facts(
                location != null ? location : read.location,
                partyType != null ? partyType : read.partyType,
                penalty == null ? read.penalty
                        : read.penalty == null ? penalty
                        : new Penalty(penalty.kind() != null ? penalty.kind() : read.penalty.kind(),
                                penalty.amountYuan() != null ? penalty.amountYuan() : read.penalty.amountYuan()),
                emergency != null ? emergency : read.emergency,
                orderedToCorrect != null ? orderedToCorrect : read.orderedToCorrect,
                deadlinePassed != null ? deadlinePassed : read.deadlinePassed,
                obstructed != null ? obstructed : read.obstructed);
    }
}
