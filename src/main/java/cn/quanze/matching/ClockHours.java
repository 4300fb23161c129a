package cn.quanze.matching;

import cn.quanze.citation.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of the day at which a question says a place was open: 晚上十点还开着 (22), 凌晨一点半还在营业 (1), 营业到凌晨三点
 * (2, the last hour it was open), 十一点就关门了 (22). Hours run 0–23, midnight 0. An hour said with no part of the day
 * is read only where morning and night would answer alike: 十点 as 22, never 一点 or 十二点.
 */
public final class ClockHours {

    private static final String NUMBER = "[0-9]{1,2}|[零一二两三四五六七八九十]{1,3}";
    private static final String PART = "凌晨|半夜|后半夜|深夜|夜里|夜间|夜晚|晚上|晚间|傍晚|下午|早上|早晨|清晨|上午|中午";
    /** 晚上十点, 23点, 凌晨1:30, 十点钟（晚上）. */
    private static final String CLOCK = "(?<part>" + PART + ")?(?<h>" + NUMBER + ")(?:点|时|:(?=[0-9]{2}))(?<min>半|多|钟|[0-9]{2}分?|[一二三四五]十[一二三四五六七八九]?分?|过)?"
            + "(?:[（(](?<after>" + PART + ")[）)])?";
    /** 晚上十点还开着, 十二点了还在营业: the place open at that hour. */
    private static final Pattern OPEN_AT = Pattern.compile(CLOCK
            + "(?:多|左右|前后|以后|之后|后|了|的时候|时候)?[，,]?(?:都|也|仍然|仍|依然|照样|照常)?(?:还|仍|都)?(?:在|是)?(?:开着|开门|营业|亮着灯|有人上网|有人唱|唱|有顾客|接待|没关|不关|没打烊)");
    /** 营业到凌晨三点, 开到晚上十一点: the last hour open is the one before. */
    private static final Pattern OPEN_UNTIL = Pattern.compile("(?:营业|开|经营|开门|干)(?:到|至)" + CLOCK);
    /** 十一点就关门了, 晚上十二点前关门: the last hour open is the one before. */
    private static final Pattern CLOSED_AT = Pattern.compile(CLOCK + "(?:以前|之前|前)?(?:就|准时|按时|都)?(?:关门|关了|打烊|停止营业|停业|歇业|关张|下班)");

    /** 半夜还开着, 凌晨还在营业, 十二点以后: after midnight, the hour not said. */
    private static final Pattern LATE_NIGHT = Pattern.compile("半夜|深夜|深更半夜|半夜三更|后半夜|凌晨|零点(?:以后|之后|后)|(?:12|十二|24|二十四)点(?:以后|之后|后)|过了(?:半夜|零点|十二点|12点)|夜里");
    /** 通宵, 开到天亮: through the night, which no venue's hours allow. */
    private static final Pattern ALL_NIGHT = Pattern.compile("通宵|整夜|整宿|一宿|天亮|开到早上|营业到早上|到第二天早上|24小时营业|二十四小时营业");

    /** 超了规定时间, 在规定的营业时间以外: the asker states outright that the hours were exceeded. */
    private static final Pattern SAID_OUT_OF_HOURS = Pattern.compile(
            "规定(?:的)?(?:营业)?时间(?:以外|之外|外)|(?:超|超过|超出|过)了?规定(?:的)?(?:营业)?时间|超时营业|营业时间(?:以外|之外|外)|禁止营业时间");

    private ClockHours() {}

    /**
     * The text says the place was open late at night without the hour (半夜还在营业), neither that it stayed open all night
     * nor, outright, that it was open outside its hours (凌晨还在营业，超了规定时间: the asker states the element).
     */
    public static boolean lateNightOnly(String text) {
        return open(text).isEmpty() && LATE_NIGHT.matcher(text).find() && !ALL_NIGHT.matcher(text).find()
                && !SAID_OUT_OF_HOURS.matcher(text).find();
    }

    /** The hours (0–23) the text says the place was open at, in the order said. */
    public static List<Integer> open(String text) {
        List<Integer> out = new ArrayList<>();
        add(out, OPEN_AT.matcher(text), false);
        add(out, OPEN_UNTIL.matcher(text), true);
        add(out, CLOSED_AT.matcher(text), true);
        return out;
    }

    private static void add(List<Integer> out, Matcher m, boolean until) {
        while (m.find()) {
            int hour = hour(m.group("part") != null ? m.group("part") : m.group("after"), m.group("h"));
            if (hour < 0) continue;
            String min = m.group("min");
            boolean onTheHour = min == null || min.equals("钟");
            // open until 23:00 → last open in hour 22; until 23:30 → in hour 23
            out.add(until && onTheHour ? (hour + 23) % 24 : hour);
        }
    }

    /** The hour 0–23 of a clock time said with its part of the day; -1 when it cannot be told. */
    static int hour(String part, String number) {
        int h = number.equals("零") ? 0 : ChineseNumerals.spoken(number);
        if (h < 0 || h > 24) return -1;
        if (h == 24) return 0;
        // 十点还开着: ten in the morning or at night, either within both kinds' hours; one to seven or twelve could be either
        if (part == null) return h >= 13 || h == 0 ? h : h >= 8 && h <= 11 ? h + 12 : -1;
        return switch (part) {
            case "凌晨", "后半夜" -> h == 12 ? 0 : h <= 6 ? h : -1;
            case "半夜", "深夜", "夜里", "夜间", "夜晚" -> h == 12 ? 0 : h <= 5 ? h : h < 12 ? h + 12 : h;
            // 晚上一点 is said for one in the night
            case "晚上", "晚间", "傍晚" -> h == 12 ? 0 : h <= 3 ? h : h < 12 ? h + 12 : h;
            case "下午" -> h < 12 ? h + 12 : h;
            case "中午" -> h <= 2 ? h + 12 : h == 12 ? 12 : -1;
            default -> h <= 12 ? h : -1; // 早上, 上午, 清晨
        };
    }
}
