package cn.quanze.quiz;

import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.decision.Penalty;
import cn.quanze.catalogue.PenaltyKind;

import java.util.List;

/**
 * A penalty a scenario proposes: to whom (null: not said), what kind, and the fine in yuan (null: not said).
 * The engine decides each probe; nothing here says whether it is allowed.
 */
record PenaltyProbe(PartyType party, PenaltyKind kind, Long amountYuan) {

    /**
     * The penalties asked about under the items limited to the simplified procedure: warnings, fines below, at and
     * above each party's limit, a fine between the two limits on a party not named, and kinds the procedure never
     * covers.
     */
    static List<PenaltyProbe> simplifiedProcedure(SimplifiedProcedureLimits limits) {
        long person = limits.individualYuan();
        long unit = limits.organizationYuan();
        return List.of(
                new PenaltyProbe(PartyType.INDIVIDUAL, PenaltyKind.WARNING, null),
                new PenaltyProbe(PartyType.ORGANIZATION, PenaltyKind.WARNING, null),
                fine(PartyType.INDIVIDUAL, person / 4),
                fine(PartyType.INDIVIDUAL, person),
                fine(PartyType.INDIVIDUAL, person * 3 / 2),
                fine(PartyType.INDIVIDUAL, person * 5 / 2),
                fine(PartyType.ORGANIZATION, unit / 3),
                fine(PartyType.ORGANIZATION, unit),
                fine(PartyType.ORGANIZATION, unit * 5 / 3),
                fine(null, unit / 3),
                new PenaltyProbe(null, PenaltyKind.FINE, null),
                new PenaltyProbe(PartyType.ORGANIZATION, PenaltyKind.CONFISCATION, null),
                new PenaltyProbe(PartyType.ORGANIZATION, PenaltyKind.BUSINESS_RESTRICTION, null),
                new PenaltyProbe(PartyType.INDIVIDUAL, PenaltyKind.DETENTION, null));
    }

    static PenaltyProbe fine(PartyType party, long yuan) {
        return new PenaltyProbe(party, PenaltyKind.FINE, yuan);
    }

    /** “INDIVIDUAL/FINE/200”, “ANY/FINE”: the part of the question's ref that names the penalty. */
    String ref() {
        return (party == null ? "ANY" : party.name()) + "/" + kind + (amountYuan == null ? "" : "/" + amountYuan);
    }

    Facts facts() {
        return Facts.builder().partyType(party).penalty(new Penalty(kind, amountYuan == null ? null : amountYuan.doubleValue())).build();
    }

    /** “当场对其罚款二百元”. */
    String phrase() {
        return Phrases.penalty(kind, amountYuan);
    }
}
