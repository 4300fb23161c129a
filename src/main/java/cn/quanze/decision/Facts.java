package cn.quanze.decision;

import cn.quanze.catalogue.PartyType;

/**
 * What is known of the case (contract {@code facts}). Null means unknown. Extensions beyond the
 * contract: {@code obstructed} (item 9, 防汛遇到阻拦和拖延时), {@code villagersConsented} (items 1, 2:
 * two-thirds of the villagers' meeting or representatives consented) and {@code occupiesFarmland}
 * (item 4: the homestead occupies farmland) and {@code alreadyFined} (the same act was already fined:
 * 行政处罚法第二十九条 forbids a second fine). Build with {@link #builder()}.
 */
public record Facts(String location, PartyType partyType, Penalty penalty, Boolean emergency,
                    Boolean orderedToCorrect, Boolean deadlinePassed, Boolean obstructed,
                    Boolean noticePublished, Boolean appealPeriodExpired, Boolean villagersConsented,
                    Boolean occupiesFarmland, Boolean alreadyFined) {

    public static final Facts NONE = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().location(location).partyType(partyType).penalty(penalty).emergency(emergency)
                .orderedToCorrect(orderedToCorrect).deadlinePassed(deadlinePassed).obstructed(obstructed)
                .noticePublished(noticePublished).appealPeriodExpired(appealPeriodExpired)
                .villagersConsented(villagersConsented).occupiesFarmland(occupiesFarmland).alreadyFined(alreadyFined);
    }

    /** The penalty asked, {@link Penalty#NONE} when none is. */
    public Penalty penaltyAsked() {
        return penalty == null ? Penalty.NONE : penalty;
    }

    /** Facts stated explicitly win over facts read from the question. */
    public Facts over(Facts read) {
        if (read == null) return this;
        return new Facts(
                location != null ? location : read.location,
                partyType != null ? partyType : read.partyType,
                penalty == null ? read.penalty
                        : read.penalty == null ? penalty
                        : new Penalty(penalty.kind() != null ? penalty.kind() : read.penalty.kind(),
                                penalty.amountYuan() != null ? penalty.amountYuan() : read.penalty.amountYuan(),
                                penalty.object() != null ? penalty.object() : read.penalty.object(),
                                // 罚四万（八倍）: the amount is checked against yuan ranges, the multiple against the article's multiples
                                penalty.multiple() != null ? penalty.multiple() : read.penalty.multiple(),
                                penalty.restriction() != null ? penalty.restriction() : read.penalty.restriction()),
                emergency != null ? emergency : read.emergency,
                orderedToCorrect != null ? orderedToCorrect : read.orderedToCorrect,
                deadlinePassed != null ? deadlinePassed : read.deadlinePassed,
                obstructed != null ? obstructed : read.obstructed,
                noticePublished != null ? noticePublished : read.noticePublished,
                appealPeriodExpired != null ? appealPeriodExpired : read.appealPeriodExpired,
                villagersConsented != null ? villagersConsented : read.villagersConsented,
                occupiesFarmland != null ? occupiesFarmland : read.occupiesFarmland,
                alreadyFined != null ? alreadyFined : read.alreadyFined);
    }

    public static final class Builder {
        private String location;
        private PartyType partyType;
        private Penalty penalty;
        private Boolean emergency, orderedToCorrect, deadlinePassed, obstructed, noticePublished, appealPeriodExpired,
                villagersConsented, occupiesFarmland, alreadyFined;

        private Builder() {}

        public Builder location(String v) { location = v; return this; }
        public Builder partyType(PartyType v) { partyType = v; return this; }
        public Builder penalty(Penalty v) { penalty = v; return this; }
        public Builder emergency(Boolean v) { emergency = v; return this; }
        public Builder orderedToCorrect(Boolean v) { orderedToCorrect = v; return this; }
        public Builder deadlinePassed(Boolean v) { deadlinePassed = v; return this; }
        public Builder obstructed(Boolean v) { obstructed = v; return this; }
        public Builder noticePublished(Boolean v) { noticePublished = v; return this; }
        public Builder appealPeriodExpired(Boolean v) { appealPeriodExpired = v; return this; }
        public Builder villagersConsented(Boolean v) { villagersConsented = v; return this; }
        public Builder occupiesFarmland(Boolean v) { occupiesFarmland = v; return this; }
        public Builder alreadyFined(Boolean v) { alreadyFined = v; return this; }

        public Facts build() {
            return new Facts(location, partyType, penalty, emergency, orderedToCorrect, deadlinePassed, obstructed,
                    noticePublished, appealPeriodExpired, villagersConsented, occupiesFarmland, alreadyFined);
        }
    }
}
