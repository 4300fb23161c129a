package cn.quanze.engine;

/**
 * A period in which some figures of catalog/legal-parameters.tsv stay the same, from a day until (not including) the
 * next day any of them changes; rules pick the fact in force on the day asked with {@code inForceOn($day)}.
 */
public abstract class LawPeriod {
    private final long fromDay;
    private final long untilDay;

    LawPeriod(long fromDay, long untilDay) {
        this.fromDay = fromDay;
        this.untilDay = untilDay;
    }

    public boolean inForceOn(long day) {
        return day >= fromDay && day < untilDay;
    }
}
