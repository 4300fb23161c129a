package cn.quanze.citation;

import java.time.DateTimeException;
import java.time.LocalDate;

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
}
