package cn.quanze.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CalendarDayTest {

    @Test
    void figuresThatNameNoDayGiveNone() {
        assertThat(CalendarDay.of(2026, 2, 30)).isNull();
        assertThat(CalendarDay.of("2026", "13", "1")).isNull();
        assertThat(CalendarDay.yearly(11, 31)).isNull();
        assertThat(CalendarDay.inPlainYear(13, 1)).isNull();
        assertThat(CalendarDay.inPlainYear(8, 0)).isNull();
    }

    @Test
    void figuresThatNameADayGiveIt() {
        assertThat(CalendarDay.of(2024, 2, 29)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CalendarDay.yearly(2, 29)).isEqualTo(MonthDay.of(2, 29));
    }

    @Test
    void theLeapDayInAPlainYearIsTheMonthsLastSoNoCountRunsLong() {
        assertThat(CalendarDay.inPlainYear(2, 29)).isEqualTo(LocalDate.of(2001, 2, 28));
        assertThat(CalendarDay.inPlainYear(4, 31)).isEqualTo(LocalDate.of(2001, 4, 30));
    }
}
