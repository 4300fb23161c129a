package cn.quanze.decision;

/** The contract's verdicts, from least to most decisive when combined (see {@link Outcome}). */
public enum Verdict {
    PERMITTED,
    CONDITIONAL,
    NOT_PERMITTED,
    UNDETERMINED;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return cn.quanze.catalogue.Vocabulary.inUse().label(this);
    }
}
