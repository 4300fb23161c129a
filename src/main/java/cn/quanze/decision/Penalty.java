package cn.quanze.decision;

import cn.quanze.catalogue.Confiscated;
import cn.quanze.catalogue.PenaltyKind;

/**
 * A penalty contemplated: its kind, for a fine the amount in yuan, and for a confiscation what is to be taken
 * (null when unknown).
 */
public record Penalty(PenaltyKind kind, Double amountYuan, Confiscated object) {

    public Penalty(PenaltyKind kind, Double amountYuan) {
        this(kind, amountYuan, null);
    }
}
