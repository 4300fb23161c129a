package cn.quanze.decision;

import cn.quanze.catalogue.Confiscated;
import cn.quanze.catalogue.PenaltyKind;
import cn.quanze.catalogue.Restriction;

/**
 * A penalty contemplated: its kind, for a fine the amount in yuan, for a confiscation what is to be taken and for a
 * business restriction its form (责令关闭, 停产停业; null when unknown); for a fine reckoned on a base (按树值的两倍罚), the
 * multiple instead of an amount.
 */
public record Penalty(PenaltyKind kind, Double amountYuan, Confiscated object, Double multiple, Restriction restriction) {

    /** No penalty named: every part unknown. */
    public static final Penalty NONE = new Penalty(null, null, null, null, null);

    public Penalty(PenaltyKind kind, Double amountYuan, Confiscated object, Double multiple) {
        this(kind, amountYuan, object, multiple, null);
    }

    public Penalty(PenaltyKind kind, Double amountYuan, Confiscated object) {
        this(kind, amountYuan, object, null, null);
    }

    public Penalty(PenaltyKind kind, Double amountYuan) {
        this(kind, amountYuan, null, null, null);
    }
}
