package cn.quanze.decision;

import cn.quanze.catalogue.Vocabulary;

/** The contract's verdicts, from least to most decisive when combined (see {@link Outcome}). */
public enum Verdict {
    PERMITTED,
    CONDITIONAL,
    NOT_PERMITTED,
    UNDETERMINED;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(Vocabulary.Kind.VERDICT, name());
    }
}
