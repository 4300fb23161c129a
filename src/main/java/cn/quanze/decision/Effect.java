package cn.quanze.decision;

/**
 * What a rule does to the answer, as its {@code @effect} metadata states it. The verdict is
 * combined from the effects of the rules that fired (rules/verdict.drl); Java never decides it.
 */
public enum Effect {
    /** The rule grants the power: pushes towards PERMITTED. */
    PERMIT,
    /** A fact not yet known must hold: pushes towards CONDITIONAL. */
    CONDITION,
    /** The act is outside the power or a known fact rules it out: pushes towards NOT_PERMITTED. */
    REFUSE,
    /** The loaded lists cannot answer: pushes towards UNDETERMINED. */
    UNDETERMINED,
    /** Explains or advises without deciding. */
    INFORM,
    /** Vetting: the draft may not be issued as it stands. */
    FAIL,
    /** Vetting: nothing found stops the draft. */
    PASS,
    /** rules/verdict.drl: combines the effects above into the verdict. */
    COMBINE;

    /** The verdict this effect pushes towards, or null for effects that do not decide an authority answer. */
    public Verdict pushes() {
        return switch (this) {
            case PERMIT -> Verdict.PERMITTED;
            case CONDITION -> Verdict.CONDITIONAL;
            case REFUSE -> Verdict.NOT_PERMITTED;
            case UNDETERMINED -> Verdict.UNDETERMINED;
            default -> null;
        };
    }
}
