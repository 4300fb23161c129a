package cn.quanze.engine;

import cn.quanze.catalogue.Venue;

import java.util.List;

/**
 * The hours a regulation lets each kind of venue open, from catalog/legal-parameters.tsv: 上网服务营业场所 from 8 until
 * 24 (互联网上网服务营业场所管理条例第二十二条), 娱乐场所 any hour but from 2 until 8 (娱乐场所管理条例第二十八条).
 * One fact per period, as with {@link SimplifiedProcedure}.
 */
public final class OpeningHours extends LawPeriod {
    private final int cafeFrom;
    private final int cafeUntil;
    private final int entertainmentClosedFrom;
    private final int entertainmentClosedUntil;

    OpeningHours(long fromDay, long untilDay, int cafeFrom, int cafeUntil, int entertainmentClosedFrom, int entertainmentClosedUntil) {
        super(fromDay, untilDay);
        this.cafeFrom = cafeFrom;
        this.cafeUntil = cafeUntil;
        this.entertainmentClosedFrom = entertainmentClosedFrom;
        this.entertainmentClosedUntil = entertainmentClosedUntil;
    }

    /** Whether the venue may be open in this hour of the day (0–23). */
    public boolean lawful(Venue venue, int hour) {
        return switch (venue) {
            case INTERNET_CAFE -> hour >= cafeFrom && hour < cafeUntil;
            case ENTERTAINMENT -> hour < entertainmentClosedFrom || hour >= entertainmentClosedUntil;
        };
    }

    /** Whether every hour said is one the venue may be open in. */
    public boolean allLawful(Venue venue, List<Integer> hours) {
        return venue != null && !hours.isEmpty() && hours.stream().allMatch(h -> lawful(venue, h));
    }

    /** 每日8时至24时 (an internet café's hours); 凌晨2时至上午8时以外 (an entertainment venue's). */
    public String hoursText(Venue venue) {
        return venue == Venue.INTERNET_CAFE ? "每日" + cafeFrom + "时至" + cafeUntil + "时" : closedText() + "以外";
    }

    /** 每日凌晨2时至上午8时: when an entertainment venue may not open. */
    public String closedText() {
        return "每日凌晨" + entertainmentClosedFrom + "时至上午" + entertainmentClosedUntil + "时";
    }
}
