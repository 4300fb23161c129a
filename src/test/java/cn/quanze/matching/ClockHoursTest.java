package cn.quanze.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockHoursTest {

    @Test
    void an_hour_said_with_its_part_of_the_day_is_read_on_the_twenty_four_hour_clock() {
        assertEquals(List.of(22), ClockHours.open("网吧晚上十点还开着"));
        assertEquals(List.of(1), ClockHours.open("KTV凌晨1点半还在营业"));
        assertEquals(List.of(23), ClockHours.open("网吧23点还有人上网"));
        assertEquals(List.of(0), ClockHours.open("夜里十二点了还开着门"));
        assertEquals(List.of(22), ClockHours.open("十点钟（晚上）还开着"));
    }

    @Test
    void open_until_or_closed_at_an_hour_means_open_in_the_hour_before() {
        assertEquals(List.of(2), ClockHours.open("营业到凌晨三点"));
        assertEquals(List.of(22), ClockHours.open("晚上十一点就关门了"));
        assertEquals(List.of(23), ClockHours.open("晚上十二点前关门"));
        assertEquals(List.of(23), ClockHours.open("开到晚上11:30才关"));
    }

    @Test
    void an_hour_that_could_be_morning_or_night_with_different_answers_is_not_read() {
        assertEquals(List.of(), ClockHours.open("一点还开着"));
        assertEquals(List.of(), ClockHours.open("十二点还在营业"));
        assertEquals(List.of(), ClockHours.open("网吧半夜还开着"));
        // 十点: ten in the morning or at night, within both kinds of venue's hours alike
        assertEquals(List.of(22), ClockHours.open("十点还开着"));
    }

    @Test
    void a_time_that_is_not_when_it_was_open_is_not_read() {
        assertEquals(List.of(), ClockHours.open("晚上十点执法队去检查"));
        assertEquals(List.of(), ClockHours.open("2023年3月5日接到举报"));
    }

    @Test
    void late_at_night_without_the_hour_is_told_apart_from_an_hour_or_all_night() {
        assertEquals(true, ClockHours.lateNightOnly("KTV半夜还在营业"));
        assertEquals(true, ClockHours.lateNightOnly("歌厅十二点以后还开着"));
        assertEquals(false, ClockHours.lateNightOnly("KTV凌晨三点还在营业"));
        assertEquals(false, ClockHours.lateNightOnly("KTV通宵营业，半夜也开"));
        assertEquals(false, ClockHours.lateNightOnly("KTV晚上十点还开着"));
        assertEquals(false, ClockHours.lateNightOnly("KTV凌晨还在营业，超了规定时间"));
        assertEquals(List.of(3), ClockHours.open("凌晨三点还在唱"));
    }
}
