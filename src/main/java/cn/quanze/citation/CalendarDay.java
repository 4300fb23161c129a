package cn.quanze.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/** A day told in a question by its year, month and day figures: the calendar's day, or none (2月30日, 13月1日). */
public final class CalendarDay {
    private CalendarDay() {}

    /** The day, or null when the figures name no day of the calendar. */
    public static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day from figures as written (digits), or null when they name no day of the calendar. */
    public static LocalDate of(String year, String month, String day) {
        return of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** A day of every year (10月1日), or null when the figures name none (2月30日). */
    public static MonthDay yearly(int month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The day in a year with no leap day, the day of the month cut to the month's length so that a count between two
     * such days is never more than passed (2月29日 is 2月28日); null when the month is none.
     */
    public static LocalDate inPlainYear(int month, int day) {
        if (month < 1 || month > 12 || day < 1) return null;
        return LocalDate.of(2001, month, Math.min(day, YearMonth.of(2001, month).lengthOfMonth()));
    }
}
