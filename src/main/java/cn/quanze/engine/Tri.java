package cn.quanze.engine;

/** A fact that may be known true, known false, or not known: rules must tell the last apart. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(Boolean b) {
        return b == null ? UNKNOWN : b ? TRUE : FALSE;
    }
}
