package cn.quanze.decision;

import cn.quanze.catalogue.PenaltyKind;

/** A penalty contemplated: its kind and, for a fine, the amount in yuan (null when unknown). */
public record Penalty(PenaltyKind kind, Double amountYuan) {
}
