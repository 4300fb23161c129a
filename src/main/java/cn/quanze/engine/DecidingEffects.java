package cn.quanze.engine;

import cn.quanze.decision.Effect;
import cn.quanze.decision.ReasonCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The effects of the reasons the rules gave, inserted after they fired so rules/verdict.drl can combine them. */
public final class DecidingEffects {
    private final Set<Effect> effects = EnumSet.noneOf(Effect.class);
    private final boolean onlyWhoActsInDoubt;

    DecidingEffects(List<Outcome.Found> reasons) {
        reasons.forEach(r -> effects.add(r.effect()));
        onlyWhoActsInDoubt = reasons.stream().filter(r -> r.effect() == Effect.UNDETERMINED)
                .allMatch(r -> r.code() == ReasonCode.DELEGATED_TO_VILLAGE);
    }

    public boolean has(Effect e) {
        return effects.contains(e);
    }

    public boolean isPermit() { return has(Effect.PERMIT); }
    public boolean isCondition() { return has(Effect.CONDITION); }
    public boolean isRefuse() { return has(Effect.REFUSE); }
    public boolean isUndetermined() { return has(Effect.UNDETERMINED); }

    /** Every undetermined reason doubts only whether another hand may act for the township, not what is asked. */
    public boolean isOnlyWhoActsInDoubt() { return onlyWhoActsInDoubt; }
}
