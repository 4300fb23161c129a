package cn.quanze.vetting;

/** Severity of a vetting {@link Finding}. Any {@link #ERROR} makes the report {@code FAIL}. */
public enum Severity {
    /** The draft may not be issued as it stands (e.g. it creates a penalty). */
    ERROR,
    /** A defect that the reviewing office should correct, but that does not by itself block issuance. */
    WARNING,
    /** Information for the issuer (e.g. dual filing of a vertically managed body). */
    INFO
}
