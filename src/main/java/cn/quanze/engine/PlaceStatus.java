package cn.quanze.engine;

public enum PlaceStatus {
    /** No place was given. */
    NONE,
    /** The place lies in exactly one township. */
    UNIQUE,
    /** The name occurs in several townships. */
    AMBIGUOUS,
    /** The name is not in the gazetteer. */
    UNKNOWN,
    /** The place is in another county or city. */
    FOREIGN,
    /** The place is said to be another township without naming it (隔壁乡, 邻镇, 他们乡地界). */
    OTHER_TOWNSHIP
}
