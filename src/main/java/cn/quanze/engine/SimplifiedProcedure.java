package cn.quanze.engine;

import cn.quanze.catalogue.PartyType;
import cn.quanze.citation.ChineseAmount;

/**
 * The on-the-spot limits of the simplified procedure (行政处罚法第五十一条) for one period, from
 * catalog/legal-parameters.tsv; one fact per period, so rules pick the one in force on the day asked.
 */
public final class SimplifiedProcedure extends LawPeriod {
    private final double individualMax;
    private final double organizationMax;

    SimplifiedProcedure(long fromDay, long untilDay, double individualMax, double organizationMax) {
        super(fromDay, untilDay);
        this.individualMax = individualMax;
        this.organizationMax = organizationMax;
    }

    public double getIndividualMax() { return individualMax; }
    public double getOrganizationMax() { return organizationMax; }

    /** The limit for this party; an unknown party is held to the lower, individual limit. */
    public double maxFine(PartyType party) {
        return party == PartyType.ORGANIZATION ? organizationMax : individualMax;
    }

    /**
     * Whether a fine is beyond the simplified procedure for this party. An unknown party is refused only above the
     * higher, organisation limit: it may yet be a unit.
     */
    public boolean exceeds(double amountYuan, PartyType party) {
        return amountYuan > (party == null ? organizationMax : maxFine(party));
    }

    /** 个人二百元以下、单位三千元以下 */
    public String getLimitsText() {
        return "个人" + ChineseAmount.yuan(individualMax) + "以下、单位" + ChineseAmount.yuan(organizationMax) + "以下";
    }

    public String limitText(PartyType party) {
        return (party == PartyType.ORGANIZATION ? "单位" : "个人") + ChineseAmount.yuan(maxFine(party));
    }
}
