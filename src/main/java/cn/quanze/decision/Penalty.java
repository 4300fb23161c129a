package cn.quanze.decision;

import cn.quanze.catalogue.Confiscated;
import cn.quanze.catalogue.PenaltyKind;

/**
 * A penalty contemplated: its kind, for a fine the amount in yuan, and for a confiscation what is to be taken
 * (null when unknown); for a fine reckoned on a base (按树值的两倍罚), the multiple instead of an amount.
 */
public record Penalty(PenaltyKind kind, Double amountYuan, Confiscated object, Double multiple) {

    public Penalty(PenaltyKind kind, Double amountYuan, Confiscated object) {
        this(kind, amountYuan, object, null);
    }

    public Penalty(PenaltyKind kind, Double amountYuan) {
        this(kind, amountYuan, null, null);
    }
}
