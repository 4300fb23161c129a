package cn.quanze.catalogue;

import java.util.List;
import java.util.Map;

/**
 * What a plain-Chinese question must state before an item's power is answered 可以: the elements of the
 * conduct or matter the item names (its place, its party, its wrongdoing), each with the words that confirm
 * it (catalog/conduct-elements.tsv). A question that matches an item by its field but leaves an element
 * unstated gets a CONDITIONAL naming that element, never a bare 可以.
 */
public final class ConductElements {

    /**
     * One element: confirmed when the question contains any of its words, not denied, and none of its contrary words
     * (written {@code !炕} in the table: 在炕洞里烧秸秆 is not 露天焚烧) or its words of doubt ({@code ?像罂粟}: the fact
     * is open). A contrary word also rules the element out; a word of doubt only leaves it open.
     */
    public record Element(int item, String label, List<String> words, List<String> contrary, List<String> doubts, String note,
                          Bound bound, List<Reach> reaches) {
        public Element(int item, String label, List<String> words, List<String> contrary, List<String> doubts, String note) {
            this(item, label, words, contrary, doubts, note, null, List.of());
        }

        /** A condition the item's name sets (协商不成): left open it makes the answer conditional, not another item's. */
        public boolean isCondition() {
            return note != null && note.startsWith(CONDITION_NOTE);
        }
    }

    /**
     * A figure the law bounds for the element, read from catalog/legal-parameters.tsv (written {@code #age.elderly.from}
     * in the table): the ages a person must be of (55岁的村民 is not an 老年人, 六十周岁以上) or the quantity an act may be
     * for (毒性中药每次购用量不得超过二日极量). A question that states such figures, none of them within the bound, rules
     * the element out.
     *
     * @param unit  the parameter's unit, which says how the question states the figure: 周岁 (ages) or 日极量 (days' doses)
     * @param from  the least figure, inclusive (0 for none)
     * @param below the figure at which the element no longer holds, exclusive ({@link Integer#MAX_VALUE} for none)
     */
    public record Bound(String key, String unit, int from, int below, String basis) {
        /** The units a bound may be written in, each with what the lint calls it. */
        public static final Map<String, String> UNITS = Map.of("周岁", "年龄界限", "日极量", "用量界限");

        boolean admits(int figure) {
            return figure >= from && figure < below;
        }

        /** The figures of this bound's unit the text states. */
        List<Integer> stated(String text) {
            return unit.equals("日极量") ? daysDosesStated(text) : agesStated(text);
        }

        /** 六十周岁以上（《中华人民共和国老年人权益保障法》第二条）; 不超过2日极量（…第十条第二款）. */
        public String describe() {
            String range = below == Integer.MAX_VALUE ? from + unit + "以上"
                    : unit.equals("周岁") ? "未满" + below + unit : "不超过" + (below - 1) + unit;
            return range + "（" + basis + "）";
        }

        /** What the question's figures are called when they fall outside: 年龄, 用量. */
        String figureName() {
            return unit.equals("周岁") ? "年龄" : "用量";
        }
    }

    /**
     * A distance from a road that the law says is within a zone at the least (公路安全保护条例第十一条: the building-control
     * zone reaches from the road land's outer edge 不少于 20 m for a 国道, 15 m for a 省道, 10 m for a 县道, 5 m for a 乡道):
     * a question that puts the conduct that near a road of the class confirms the element; one further off leaves it to
     * be checked against the zone the county drew, since the zone may be wider than the least. A distance from a road of
     * no class said (离公路3米) confirms only within the least reach of all.
     *
     * @param road  the class of road, as people name it (县道), from the key of its row in catalog/legal-parameters.tsv
     *              ({@code road.building-control-zone.county.min})
     * @param metres the least reach
     */
    public record Reach(String road, double metres) {
        /** The classes of road the keys name, with what people call them. */
        public static final Map<String, String> ROADS = Map.of("national", "国道", "provincial", "省道", "county", "县道",
                "township", "乡道", "expressway", "高速");

        /** The parameter's key for a class of road (县道 → road.building-control-zone.county.min); null for none. */
        public static String keyOf(String road) {
            return ROADS.entrySet().stream().filter(x -> x.getValue().equals(road)).map(x -> "road.building-control-zone." + x.getKey() + ".min")
                    .findFirst().orElse(null);
        }

        /** The key's class of road (road.building-control-zone.county.min → 县道); null when it names none. */
        public static String roadOf(String key) {
            String[] parts = key.split("\\.");
            return parts.length >= 2 ? ROADS.get(parts[parts.length - 2]) : null;
        }
    }

    /** 国道|省道|县道|乡道|高速, from {@link Reach#ROADS}; a 高速公路 and a 公路 of no class said beside them. */
    private static final String ROAD_NAMES = "(" + String.join("|", new java.util.TreeSet<>(Reach.ROADS.values())) + "|高速公路|公路)";
    /** A figure of metres, not a distance beyond it (5米以外, 8米开外). */
    private static final String METRES = "([0-9]+(?:\\.[0-9]+)?|[一二两三四五六七八九十]{1,3})(?:米|m|公尺)(?!以外|开外|之外|外|远|多)";

    /**
     * 离县道8米, 距国道只有15米, 县道边上3米, 距离公路不到5米: a distance said from a road, of the class named or none (a town
     * street's 马路 is no 公路).
     */
    private static final java.util.regex.Pattern ROAD_DISTANCE = java.util.regex.Pattern.compile(
            "(?:离|距离?|隔)(?:这条|那条|旁边的|边上的)?" + ROAD_NAMES + "(?:的?(?:用地)?(?:路基|路肩|边沟|路边|边缘|外缘|边))?"
                    + "(?:只有|才|不到|不足|仅|就|大概|大约|约|也就)?" + METRES
                    + "|" + ROAD_NAMES + "(?:边上|边|旁边|旁|两侧|一侧|路边|沿线)(?:不到|不足|只有|就|仅)?" + METRES);

    /** The question puts the conduct within the reach of one of the item's elements (离县道8米 for 117's zone). */
    public boolean withinReach(int item, String question) {
        return reachMet(item, question) != null;
    }

    /**
     * The reach a distance the question states falls within, for one of the item's elements: the law's least width of the
     * road class, or the width the question says the county drew (its road then "划定"); null when none.
     */
    public Reach reachMet(int item, String question) {
        String facts = facts(question);
        for (Element e : of(item)) {
            Reach r = reachMet(e, facts);
            if (r != null) return r;
        }
        return null;
    }

    /** The road class said for a zone the county drew, in a {@link Reach} met by its drawn width. */
    public static final String DRAWN = "划定";

    /** 县政府划定的这段控制区是从用地外缘往外10米: the zone's width as the county drew it, told in the question. */
    private static final java.util.regex.Pattern ZONE_DRAWN = java.util.regex.Pattern.compile(
            "(?:划定|公告|宽度?|范围)[^。？！?!]{0,20}?控制区[^。？！?!]{0,14}?(?:往外|向外)(?:延伸)?([0-9]+(?:\\.[0-9]+)?)(?:米|m)");

    /**
     * The element's reaches met by a distance the text states. A distance from a road of no class (离公路用地外缘7米)
     * takes the class the question names elsewhere, if it names one only, else the least reach; a zone whose width the
     * question says the county drew is that wide.
     */
    static boolean withinReach(Element e, String text) {
        return reachMet(e, text) != null;
    }

    private static Reach reachMet(Element e, String text) {
        if (e.reaches().isEmpty()) return null;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Reach r : e.reaches()) if (text.contains(r.road())) named.add(r.road());
        java.util.regex.Matcher drawn = ZONE_DRAWN.matcher(text);
        double drawnWidth = drawn.find() ? Double.parseDouble(drawn.group(1)) : -1;
        java.util.regex.Matcher m = ROAD_DISTANCE.matcher(text);
        while (m.find()) {
            String road = m.group(1) != null ? m.group(1) : m.group(3);
            String figure = m.group(1) != null ? m.group(2) : m.group(4);
            double metres = figure.chars().allMatch(c -> c == '.' || Character.isDigit(c)) ? Double.parseDouble(figure)
                    : cn.quanze.citation.ChineseNumerals.spoken(figure);
            if (metres < 0) continue;
            String cls = road.startsWith("高速") ? "高速" : road.equals("公路") && named.size() == 1 ? named.iterator().next() : road;
            Reach least = e.reaches().stream().filter(r -> r.road().equals(cls)).findFirst()
                    .orElse(e.reaches().stream().min(java.util.Comparator.comparingDouble(Reach::metres)).get());
            if (metres <= least.metres()) return least;
            if (metres <= drawnWidth) return new Reach(DRAWN, drawnWidth);
        }
        return null;
    }

    /** 55岁, 二十岁了, 刚满16, 五十多岁, 未满十八周岁: an age in years said in the question (not 岁数, 岁月). */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "(不满|未满|没满)?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})多?(?:周岁|岁)(?![数月])"
                    + "|(不满|未满|没满|刚满|年满|已满|都满|也满|全满)([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?=的|了|[，。？！,?!、；;]|$)");

    /** The ages the text states, in years; a bound said as 不满十八 counts as the year below it. */
    public static List<Integer> agesStated(String text) {
        List<Integer> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = AGE.matcher(text);
        while (m.find()) {
            String under = m.group(1) != null ? m.group(1) : m.group(3);
            String n = m.group(2) != null ? m.group(2) : m.group(4);
            int years = cn.quanze.citation.ChineseNumerals.spoken(n);
            if (years < 0) continue;
            boolean below = under != null && (under.startsWith("不") || under.startsWith("未") || under.startsWith("没"));
            // 18岁以下 (under eighteen, as people say it), 12岁以下的小孩 (under twelve); 60岁以上 draws a line, no one's age
            java.util.regex.Matcher after = BOUND_AFTER.matcher(text).region(m.end(), text.length());
            if (m.group(2) != null && after.lookingAt()) {
                if (after.group(1) == null) out.add(years - 1);
                continue;
            }
            out.add(below ? years - 1 : years);
        }
        out.addAll(agesFromBirthDays(text));
        return out;
    }

    private static final java.util.regex.Pattern BOUND_AFTER = java.util.regex.Pattern.compile("(?:的)?(?:以下|以内|之下|(以上|之上))");
    /** 2008年11月30日出生, 2008年11月30号生的: a birthday told to the day. */
    private static final java.util.regex.Pattern BIRTHDAY = java.util.regex.Pattern.compile(
            "((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})[日号](?:出生|生的|生人)");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})[日号]");

    /**
     * 2026年12月2日晚上接待了一名2008年11月30日出生的顾客: the age, in whole years, of a person whose birthday is told, on
     * the latest other day the question tells to the day (the day of the act).
     */
    static List<Integer> agesFromBirthDays(String text) {
        java.util.regex.Matcher b = BIRTHDAY.matcher(text);
        if (!b.find()) return List.of();
        java.time.LocalDate born = cn.quanze.citation.CalendarDay.of(b.group(1), b.group(2), b.group(3));
        if (born == null) return List.of();
        // the latest day told is the act's (2025年6月1日曾被劝离，2026年12月2日又接待了他)
        java.time.LocalDate latest = null;
        java.util.regex.Matcher d = DAY.matcher(text);
        while (d.find()) {
            if (d.start() == b.start()) continue;
            java.time.LocalDate on = cn.quanze.citation.CalendarDay.of(d.group(1), d.group(2), d.group(3));
            if (on != null && on.isAfter(born) && (latest == null || on.isAfter(latest))) latest = on;
        }
        return latest == null ? List.of() : List.of(java.time.Period.between(born, latest).getYears());
    }


    /** 5日极量, 三天的极量, 七天的用量, 一个礼拜的量, 半个月的量: a quantity said as the days of doses it is for. */
    private static final java.util.regex.Pattern DAYS_DOSES = java.util.regex.Pattern.compile(
            "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:日|天)(?:的)?(?:极量|用量|剂量|药量|量)"
                    + "|(一|两|半)个?(礼拜|星期|周|月)(?:的)?(?:极量|用量|剂量|药量|量)");

    /** The quantities the text states, in days' doses (a week 7, a month 30). */
    public static List<Integer> daysDosesStated(String text) {
        List<Integer> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = DAYS_DOSES.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                int days = cn.quanze.citation.ChineseNumerals.spoken(m.group(1));
                if (days >= 0) out.add(days);
                continue;
            }
            int span = m.group(3).equals("月") ? 30 : 7;
            out.add(switch (m.group(2)) { case "两" -> 2 * span; case "半" -> span / 2; default -> span; });
        }
        return out;
    }

    /** The question states figures of the element's bound and none is within it. */
    private static boolean outOfBound(Element e, String facts) {
        if (e.bound() == null) return false;
        List<Integer> figures = e.bound().stated(facts);
        return !figures.isEmpty() && figures.stream().noneMatch(e.bound()::admits);
    }

    /** How close before a word a denial must stand to deny it: 不是城里小区, 不属于国家重点保护植物. */
    static final int DENIAL_REACH = 2;

    private final Map<Integer, List<Element>> byItem;
    private final List<String> denials;
    private final List<String> adjacentDenials;
    private final List<String> contradictions;
    private final java.util.regex.Pattern notFacts;
    private final java.util.regex.Pattern unfounded;
    private final java.util.regex.Pattern unknown;
    private final java.util.regex.Pattern betweenUnits;
    private final Map<Integer, java.util.Set<Integer>> overlaps;
    private final Map<Integer, java.util.Set<Integer>> prevailing;
    /** Per item, the words of its elements that begin with a contradiction (不是本集体): see {@link #withoutOtherElementsNegations}. */
    private final Map<Integer, List<String>> negatingWords;

    /** Marks, in a question's facts, two organisations named as the two sides (a contrary word of items 27 and 28). */
    public static final String BETWEEN_UNITS = "〔单位之间〕";

    /**
     * @param denials  words that deny what follows them (不是, 不属于, 没有 …), from the file's {@code #@ denials} line
     * @param adjacentDenials words that deny only the word right after them (没撒煤, 没损坏: but 没证卖农药 is selling
     *                 without a licence), from the {@code #@ adjacent-denials} line
     * @param contradictions words that say the question's case is not what the element names (不是, 不在, 不属于 …),
     *                 from the {@code #@ contradictions} line: 俺们村又不是城里小区 rules the element out, whatever else
     *                 the question says
     * @param notFacts the parts of a question that are not its facts — the basis the asker proposes (能按焚烧秸秆罚他吗)
     *                 and hearsay (听说小区里养鸡要罚，那…) — from the {@code #@ not-facts} line; they confirm nothing
     * @param unfounded what says the wrongdoing was looked into and found not to be (调查了说没有, 经查不属实), from the
     *                 {@code #@ unfounded} line: no item's conduct is then the question's
     * @param unknown  a fact the asker says is not known (是不是国家认可的功法不清楚, 谁烧的都不知道), from the
     *                 {@code #@ unknown} line: an element the answer must leave to be checked
     * @param betweenUnits two organisations named as the two sides of a matter (村集体跟一家采矿公司, 国有林场和一家旅游公司),
     *                 from the {@code #@ between-units} line: marked in the facts with {@link #BETWEEN_UNITS}
     * @param overlaps items whose articles both govern one conduct (法条竞合), each with the others, from the
     *                 {@code #@ overlaps} line ({@code A=B})
     * @param prevailing for an item, the items answered instead of it where the question states every element of both
     *                 ({@code A>B}: 105 for 111, 行政处罚法第二十九条)
     */
    ConductElements(Map<Integer, List<Element>> byItem, List<String> denials, List<String> adjacentDenials,
                    List<String> contradictions, java.util.regex.Pattern notFacts, java.util.regex.Pattern unfounded,
                    java.util.regex.Pattern unknown, java.util.regex.Pattern betweenUnits, Map<Integer, java.util.Set<Integer>> overlaps,
                    Map<Integer, java.util.Set<Integer>> prevailing) {
        this.byItem = Map.copyOf(byItem);
        this.denials = List.copyOf(denials);
        this.adjacentDenials = List.copyOf(adjacentDenials);
        this.contradictions = List.copyOf(contradictions);
        this.notFacts = notFacts;
        this.unfounded = unfounded;
        this.unknown = unknown;
        this.betweenUnits = betweenUnits;
        this.overlaps = Map.copyOf(overlaps);
        this.prevailing = Map.copyOf(prevailing);
        this.negatingWords = this.byItem.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                en -> en.getValue().stream().flatMap(e -> e.words().stream()).filter(w -> this.contradictions.stream().anyMatch(w::startsWith)).toList()));
    }

    /**
     * The items whose articles govern the same conduct as this one's (第99项 and 第120项 for sand dug from farmland inside a
     * river's bounds): where the question states every element of both, both are readings of it.
     */
    public java.util.Set<Integer> overlapping(int item) {
        return overlaps.getOrDefault(item, java.util.Set.of());
    }

    /** The items answered instead of this one where the question states every element of both (105 for 111). */
    public java.util.Set<Integer> prevailingOver(int item) {
        return prevailing.getOrDefault(item, java.util.Set.of());
    }

    /**
     * The question without the basis its asker proposes and without hearsay: what it says happened; two organisations
     * named as the two sides are marked {@link #BETWEEN_UNITS} after they are named.
     */
    public String facts(String question) {
        String facts = notFacts == null ? question : notFacts.matcher(question).replaceAll("…");
        return betweenUnits == null ? facts : betweenUnits.matcher(facts).replaceAll("$0" + BETWEEN_UNITS);
    }

    /** {@code ownNegations}: the facts as {@link #withoutOtherElementsNegations} leaves them for the element's item. */
    private boolean confirms(Element e, String facts, String ownNegations) {
        // 碍不碍事不好说: the asker asks whether the element holds, so it is open, not stated
        return !outOfBound(e, facts) && !contraryStated(e, facts) && e.doubts().stream().noneMatch(w -> doubtSaid(w, facts))
                && e.contrary().stream().noneMatch(w -> askedWhether(facts, w))
                && noContradiction(e, ownNegations)
                && (e.words().stream().anyMatch(w -> statedIn(w, facts)) || withinReach(e, facts));
    }

    private boolean noContradiction(Element e, String facts) {
        return e.words().stream().noneMatch(w -> precededBy(facts, w, contradictions) && !contrastedWithOwn(e, facts, w));
    }

    /** A doubt word said, not denied right before it (没有退休金 raises no doubt of 有退休金 or 退休金). */
    private static boolean doubtSaid(String w, String facts) {
        for (int at = facts.indexOf(w); at >= 0; at = facts.indexOf(w, at + 1)) {
            String before = facts.substring(Math.max(0, at - 2), at);
            boolean denied = (!before.isEmpty() && "没无未不非".indexOf(before.charAt(before.length() - 1)) >= 0)
                    || before.equals("没有") || before.equals("并无") || before.equals("从无");
            if (!denied) return true;
        }
        return false;
    }

    /**
     * A contrary word of the element is stated. For a condition of the item's name, a word saying it is met outweighs
     * one saying it was not yet (原来没协商过，后来协商了三次都没谈拢: the condition is met now).
     */
    private boolean contraryStated(Element e, String facts) {
        if (e.contrary().stream().noneMatch(w -> statedIn(w, facts) && !askedWhether(facts, w) && !overSince(facts, w) && !insideOwnWord(e, facts, w)
                && !insideDoubt(e, facts, w))) return false;
        return !e.isCondition() || e.words().stream().noneMatch(w -> statedIn(w, facts) && !precededBy(facts, w, contradictions));
    }

    /**
     * Every occurrence of the contrary word is the tail of one of the element's own words that states a bound by a lack
     * (不满十六岁的: the contrary 十六岁的 read inside 不满十六), or lies inside one of its own words (炉 inside 支起烤炉): the
     * text says the element, not its contrary.
     */
    private static boolean insideOwnWord(Element e, String q, String contrary) {
        for (int at = q.indexOf(contrary); at >= 0; at = q.indexOf(contrary, at + 1)) {
            final int c = at;
            boolean covered = e.words().stream().filter(w -> "不未没无".indexOf(w.charAt(0)) >= 0).anyMatch(w -> {
                for (int i = q.indexOf(w, Math.max(0, c - w.length() + 1)); i >= 0 && i < c; i = q.indexOf(w, i + 1)) {
                    if (i + w.length() > c) return true;
                }
                return false;
            })
                    // 支起烤炉野炊: the contrary 炉 read inside one of the element's own words
                    || e.words().stream().filter(w -> w.length() > contrary.length() && w.contains(contrary))
                            .anyMatch(w -> spans(q, w, c, contrary.length()));
            if (!covered) return false;
        }
        return true;
    }

    /**
     * Every occurrence of the contrary word lies inside one of the element's words of doubt (不在村庄规划区 read inside 在不在
     * 村庄规划区): the text asks whether, it does not say not.
     */
    private static boolean insideDoubt(Element e, String q, String contrary) {
        for (int at = q.indexOf(contrary); at >= 0; at = q.indexOf(contrary, at + 1)) {
            final int c = at;
            // a doubt word that is the contrary word itself (?条件挺好 beside !条件挺好) covers nothing
            boolean covered = e.doubts().stream().filter(d -> d.length() > contrary.length())
                    .anyMatch(d -> spans(q, d, c, contrary.length()));
            if (!covered) return false;
        }
        return true;
    }

    /** Some occurrence of {@code outer} in the text covers the {@code length} characters from {@code at}. */
    private static boolean spans(String q, String outer, int at, int length) {
        for (int i = q.indexOf(outer, Math.max(0, at + length - outer.length())); i >= 0 && i <= at; i = q.indexOf(outer, i + 1)) {
            if (i + outer.length() >= at + length) return true;
        }
        return false;
    }

    /** 一开始, 起初, 之前: what the clause told was so at first (not 原来的老房子: the house it was). */
    private static final java.util.regex.Pattern AT_FIRST = java.util.regex.Pattern.compile("(?:一开始|刚开始|起初|起先|当初|之前|原来|本来|开始时|开始的时候)(?!的(?!时候))");
    /** 现在, 后来: what the question tells after it is so now. */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("现在|后来|如今|目前|眼下|经过|做通");

    /**
     * Every occurrence of the contrary word is told as so at first and over since (一开始一方不肯调解，现在双方都同意了): the
     * clause that tells it opens with 一开始 or the like, and a later clause tells what is so now.
     */
    private static boolean overSince(String q, String word) {
        for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
            int from = Clauses.start(q, at);
            int end = Clauses.end(q, at + word.length());
            if (!AT_FIRST.matcher(q.substring(from, at)).find() || !SINCE.matcher(q.substring(end)).find()) return false;
        }
        return true;
    }

    /** Some occurrence of the word has one of the given words just before it (see {@link #deniedAt}). */
    private static boolean precededBy(String q, String word, List<String> before) {
        return precededBy(q, word, before, DENIAL_REACH);
    }

    private static boolean precededBy(String q, String word, List<String> before, int reach) {
        if (statesALack(word) || word.startsWith("不")) return false;
        for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
            if (closeBefore(q, at, before, reach)) return true;
        }
        return false;
    }

    private static boolean closeBefore(String q, int at, List<String> before) {
        return closeBefore(q, at, before, DENIAL_REACH);
    }

    private static boolean closeBefore(String q, int at, List<String> before, int reach) {
        for (String d : before) {
            for (int i = q.indexOf(d, Math.max(0, at - reach - d.length())); i >= 0 && i < at; i = q.indexOf(d, i + 1)) {
                String between = q.substring(Math.min(i + d.length(), at), at);
                if (between.chars().noneMatch(c -> Clauses.ENDS.indexOf(c) >= 0)) return true;
            }
        }
        return false;
    }

    /**
     * 查实是盗伐而不是滥伐: every contradicted occurrence of the word is one alternative of an element that names
     * alternatives, set against another of its words said right before it (X而不是Y); the element is stated, not ruled out.
     */
    private boolean contrastedWithOwn(Element e, String q, String word) {
        boolean found = false;
        for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
            if (!closeBefore(q, at, contradictions)) continue;
            if (at < 3 || !q.startsWith("而不是", at - 3)) return false;
            // only an element that names alternatives (盗伐或者滥伐), the other said right before (盗伐而不是滥伐; not
            // 城里女婿而不是村民, 引水暗渠而不是排污口)
            String before = q.substring(Clauses.start(q, at - 3), at - 3);
            if (!e.label().contains("或") || e.words().stream().noneMatch(o -> !o.contains(word) && !word.contains(o) && before.endsWith(o))) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /** 未经批准, 没办证, 无证: the word itself says something is lacking (未成年 does not: it is a kind of person). */
    private static boolean statesALack(String word) {
        return (word.startsWith("未") && !word.startsWith("未成年")) || word.startsWith("没") || word.startsWith("无");
    }

    /** The word occurs in the text at least once without a denial before it, and not inside a doubt (办没办证). */
    private boolean statedIn(String word, String text) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!deniedAt(text, at, word) && !doubtedAt(text, at, word) && !undecidedAt(text, at, word)) return true;
        }
        Spread spread = spread(word);
        // the verb itself must be in the text before the pattern is worth running (this is read for every word of every item)
        if (spread != null && text.contains(spread.verb())) {
            java.util.regex.Matcher m = spread.pattern().matcher(text);
            while (m.find()) {
                if (!deniedAt(text, m.start(), word)) return true;
            }
        }
        return false;
    }

    /** A lack word's verb (悬挂 of 未悬挂) and the pattern that finds it with words between the negation and the verb. */
    private record Spread(String verb, java.util.regex.Pattern pattern) {}

    private static final java.util.Map<String, java.util.Optional<Spread>> SPREAD = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * 未在入口处悬挂, 没向运管部门备案, 未在作业现场设置: a lack (未悬挂, 没备案, 未设置) said with a place or a body between the
     * negation and its verb; null for a word that states no lack or whose verb is a single character (没挂).
     */
    private static Spread spread(String word) {
        return SPREAD.computeIfAbsent(word, w -> {
            if (!statesALack(w)) return java.util.Optional.empty();
            String neg = w.startsWith("没有") ? "没有" : w.substring(0, 1);
            String verb = w.substring(neg.length());
            if (verb.length() < 2 || "在向到去给".indexOf(verb.charAt(0)) >= 0) return java.util.Optional.empty();
            return java.util.Optional.of(new Spread(verb, java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(neg)
                    + "(?:在|向|到|去|给)[^，。？！,?!；;、]{1,8}?" + java.util.regex.Pattern.quote(verb))));
        }).orElse(null);
    }

    /**
     * 不晓得办没办采伐证, 同意没同意, 有没有办证: a lack (没办采伐证) said as the second half of “X没X” is a doubt, not a
     * fact; the one or two characters before 没 (or 没有) repeat those after it: 办|没|办采伐证, 同意|没|同意, 有|没|有办证.
     */
    private static final java.util.Set<String> WORDS_BEFORE_A_DENIAL = java.util.Set.of("现在", "实在", "好在", "正在", "存在",
            "所在", "还在", "都在", "也在", "直接", "间接", "紧接", "但是", "可是", "就是", "还是", "总是", "倒是", "要是", "若是", "只是",
            "于是", "都是", "也是", "又是", "算是", "真是", "硬是", "而是", "像是", "已是", "本来", "反正", "误会", "机会", "社会",
            "开会", "只会", "也会", "都会", "还会", "就会", "才会");

    /**
     * 碍不碍事, 危不危及: a denial (a contrary word opening with 不) said as the second half of “X不X”, which asks whether;
     * not where the X before 不 ends another word (现在不在, 直接不接受, 可是不是: the denial stands).
     */
    private static boolean askedWhether(String q, String contrary) {
        if (!contrary.startsWith("不") || contrary.length() < 2) return false;
        for (int at = q.indexOf(contrary); at >= 0; at = q.indexOf(contrary, at + 1)) {
            if (askedAt(q, at, contrary)) return true;
        }
        return false;
    }

    /** The 不-word at {@code at} is the second half of “X不X” (开不开村民会议, 配不配合). */
    private static boolean askedAt(String q, int at, String word) {
        for (int k = 1; k <= 2 && k < word.length(); k++) {
            if (at - k >= 0 && q.regionMatches(at - k, word, 1, k)
                    && !(at - k >= 1 && WORDS_BEFORE_A_DENIAL.contains(q.substring(at - k - 1, at - k + 1)))) return true;
        }
        return false;
    }

    /** 还没定, 在研究, 犹豫, 担心, 还不好说: the clause says the matter is not yet decided. */
    private static final java.util.regex.Pattern UNDECIDED = java.util.regex.Pattern.compile(
            "还没(?:有)?(?:定|决定|确定|想好|表态)|没(?:有)?(?:定|决定)|未(?:定|决定)|待定|(?:在|正在|还在)(?:研究|讨论|商量|考虑|犹豫)|犹豫|担心|还不好说|不好说|说不好|说不准|拿不准|不知道|不清楚|不确定");

    /**
     * One of the element's own words that opens with 不 (不召开村民会议) said as “X不X” in a clause that says the matter is not
     * yet decided (村委会还没定开不开村民会议, 还在犹豫送不送): a question still open, not the refusal the word states.
     */
    private static boolean undecidedAt(String q, int at, String word) {
        if (!word.startsWith("不") || !askedAt(q, at, word)) return false;
        int from = Clauses.start(q, at), to = Clauses.end(q, at + word.length());
        // 他到时候改不改，还不知道: the short clause right after may say it is undecided
        if (to < q.length() && (q.charAt(to) == '，' || q.charAt(to) == ',')) {
            int next = Clauses.end(q, to + 1);
            if (next - to <= 8) to = next;
        }
        return UNDECIDED.matcher(q.substring(from, to)).find();
    }

    static boolean doubtedAt(String q, int at, String word) {
        for (int neg = 1; neg <= 2; neg++) {
            if (!(word.startsWith("没") || word.startsWith("未")) || (neg == 2 && !word.startsWith("没有"))) continue;
            for (int k = 1; k <= 2; k++) {
                // 该包装没包装 says what should have been done and was not: no doubt
                if (at - k >= 0 && word.length() >= neg + k && q.regionMatches(at - k, word, neg, k)
                        && (at - k == 0 || "该应要需".indexOf(q.charAt(at - k - 1)) < 0)) return true;
            }
        }
        return false;
    }

    /** A word is denied when a denial starts before it and ends at most {@link #DENIAL_REACH} characters before it (or
     *  runs into it: 不遮挡公路标志), in the same clause; a word that itself states a lack (没有…证, 未经批准) is never denied. */
    private boolean deniedAt(String q, int at, String word) {
        if (denials.stream().anyMatch(word::startsWith) || statesALack(word)) return false;
        return closeBefore(q, at, denials) || closeBefore(q, at, adjacentDenials, 0);
    }

    /** The question's facts state a word of every group (the conduct a penalty provision addresses). */
    public boolean states(String question, List<List<String>> groups) {
        String facts = facts(question);
        return groups.stream().allMatch(g -> g.stream().anyMatch(w -> statedIn(w, facts))
                && g.stream().noneMatch(w -> precededBy(facts, w, contradictions)));
    }

    public List<Element> of(int item) {
        return byItem.getOrDefault(item, List.of());
    }

    /** How many elements of the item's conduct a question must state, the conditions of its name not counted. */
    public int conductCount(int item) {
        return (int) of(item).stream().filter(e -> !e.isCondition()).count();
    }

    /**
     * The question says no word of any element of the item's conduct (two elements or more, the conditions of its name
     * not counted), not even a contrary or a doubtful one: the search found the item on other words (同是大气法、同是消防).
     */
    public boolean speaksOfNone(int item, String question) {
        List<Element> conduct = of(item).stream().filter(e -> !e.isCondition() && e.bound() == null).toList();
        if (conduct.size() < 2) return false;
        // the whole text, what it doubts or only hears of included (不知道有没有动物防疫条件合格证 speaks of it)
        return conduct.stream().noneMatch(e -> java.util.stream.Stream.of(e.words(), e.contrary(), e.doubts())
                .flatMap(List::stream).anyMatch(question::contains) || e.words().stream().anyMatch(w -> statedIn(w, question)));
    }

    /** The item's elements the question does not state, in table order; empty when it states them all. */
    public List<Element> unconfirmed(int item, String question) {
        String facts = facts(question);
        String ownNegations = withoutOtherElementsNegations(item, facts);
        return of(item).stream().filter(e -> !confirms(e, facts, ownNegations)).toList();
    }

    /**
     * What the asker says is not known about one of the item's elements (这是禁燃区吗俺也不知道, 是不是必须包装的不清楚), as an
     * element to check; null when the question says no such thing, or the unknown is about something else (电话号码不详,
     * 有没有电话我也不知道): the words that say it must hold a word of one of the item's elements or two characters of its
     * name together. Asking to penalise, not knowing who did it (谁烧的都不知道) is always such an unknown: there is no one
     * yet to penalise.
     */
    public Element unknownAbout(int item, String itemName, String question, boolean penalty) {
        if (unknown == null) return null;
        java.util.regex.Matcher m = unknown.matcher(withoutHelpers(question));
        while (m.find()) {
            String said = m.group();
            boolean who = penalty && m.group(UNKNOWN_DOER) != null;
            if (who || sharesAWord(said, itemName) || of(item).stream().anyMatch(e -> e.words().stream().anyMatch(said::contains))) {
                return new Element(item, "提问中说不清的事（“" + said + "”）须先查清", List.of(), List.of(), List.of(), "");
            }
        }
        return null;
    }

    /** 帮他点火的人, 跟车装煤的人, 和他一起搬轮胎的另一个人: one who helped the doer, not the doer. */
    private static final java.util.regex.Pattern HELPER = java.util.regex.Pattern.compile(
            "帮(?:他|她|着)|帮(?=[\\p{IsHan}]{0,4}的人)|协助|陪(?:他|她)|跟车|(?:和|跟|与|同)(?:他|她)一起|一起的另一个人|同伙|帮手|帮忙的");
    /** 还没找到, 跑了, 身份还没查清: words saying one is not found or not known. */
    private static final java.util.regex.Pattern NOT_FOUND = java.util.regex.Pattern.compile(
            "还没|尚未|没有?(?:找|查|抓|追)|未(?:找|查|抓|明)|跑了|不明|不清|待查");
    /** 身份还没查清, 下落不明: a clause that goes on about the helper just named. */
    private static final java.util.regex.Pattern ABOUT_HIM = java.util.regex.Pattern.compile("^(?:其|他的|她的)?(?:身份|下落|姓名|人)");

    /**
     * The question without the clauses saying a helper of the doer is still sought (帮他点火的人还没找到；和他一起搬轮胎的另一个人
     * 跑了，身份还没查清): who helped is not who did it, and the doer the question names stays told.
     */
    public static String withoutHelpers(String q) {
        if (q == null || !HELPER.matcher(q).find()) return q;
        StringBuilder out = new StringBuilder();
        boolean dropped = false;
        for (String clause : q.split("(?<=[，。；;？！,?!])")) {
            boolean helper = HELPER.matcher(clause).find() && NOT_FOUND.matcher(clause).find();
            boolean aboutHim = dropped && ABOUT_HIM.matcher(clause).find() && NOT_FOUND.matcher(clause).find();
            dropped = helper || aboutHim;
            if (!dropped) out.append(clause);
        }
        return out.toString();
    }

    /** Two characters of the item's name said together in the text (包装 of 应当包装而没有包装的种子), 的 not counted. */
    private static boolean sharesAWord(String text, String name) {
        for (int i = 0; i + 2 <= name.length(); i++) {
            String two = name.substring(i, i + 2);
            if (two.indexOf('的') < 0 && Character.isIdeographic(two.codePointAt(0)) && Character.isIdeographic(two.codePointAt(1))
                    && text.contains(two)) return true;
        }
        return false;
    }

    /** The group of the {@code #@ unknown} line that says who did it is not known (谁烧的都不知道). */
    static final String UNKNOWN_DOER = "doer";

    /**
     * The item's elements the question rules out: by one of the element's own contrary words (在炕洞里烧, 程序合法、内容
     * 也不违法), or by a contradiction right before one of its words (又不是城里小区, 不在森林防火区); empty when it rules
     * none out. A contradiction further off (不是本村的人…在村里) or a doubt (是不是) only leaves the element open.
     */
    public List<Element> contradicted(int item, String question) {
        String facts = facts(question);
        String ownNegations = withoutOtherElementsNegations(item, facts);
        List<Element> out = new java.util.ArrayList<>(of(item).stream().filter(e -> contraryStated(e, facts)
                || e.words().stream().anyMatch(w -> precededBy(ownNegations, w, contradictions, 0) && !doubtBefore(ownNegations, w)
                        && !contrastedWithOwn(e, ownNegations, w))).toList());
        for (Element e : of(item)) {
            if (!out.contains(e) && outOfBound(e, facts)) {
                out.add(new Element(item, e.label() + "（须" + e.bound().describe() + "，问题所说" + e.bound().figureName() + "不符）",
                        e.words(), e.contrary(), e.doubts(), e.note(), e.bound(), e.reaches()));
            }
        }
        if (unfounded != null && !of(item).isEmpty()) {
            java.util.regex.Matcher m = unfounded.matcher(question);
            if (m.find()) out.add(new Element(item, "所称行为经查不存在（“" + m.group() + "”）", List.of(), List.of(), List.of(), ""));
        }
        return out;
    }

    /**
     * 我们不是村集体经济组织成员 under item 2: a negation that is itself a word of another element of the item (本集体经济组织以外
     * 的单位或者个人) states that element; it does not deny the land is the collective's. Such words are blanked out before
     * the contradictions are looked for.
     */
    private String withoutOtherElementsNegations(int item, String facts) {
        String out = facts;
        for (String w : negatingWords.getOrDefault(item, List.of())) {
            if (out.contains(w)) out = out.replace(w, "〇".repeat(w.length()));
        }
        return out;
    }

    /**
     * 是不是国家重点保护的, 在不在保护区, 不知道是不是在防火期内: the contradiction before the word is half of a doubt (an
     * A不A question within the few characters before it).
     */
    private static boolean doubtBefore(String q, String word) {
        for (int at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
            for (int k = at - 2; k >= Math.max(1, at - 4); k--) {
                if (q.charAt(k) == '不' && q.charAt(k - 1) == q.charAt(k + 1)) return true;
            }
        }
        return false;
    }

    /** The note that marks a row as a condition of the item's name rather than a part of its conduct. */
    static final String CONDITION_NOTE = "名称的条件";

    /**
     * The items whose every element the question states (its facts read once for all of them); a condition of the
     * item's name is not needed to choose the item (两户争地，乡里能处理吗 is item 27's matter, not a mere 民间纠纷;
     * told or denied, the condition is the rules' to judge).
     */
    public java.util.Set<Integer> fullyStated(String question) {
        String facts = facts(question);
        java.util.Set<Integer> out = new java.util.HashSet<>();
        byItem.forEach((item, elements) -> {
            String ownNegations = withoutOtherElementsNegations(item, facts);
            if (elements.stream().filter(e -> !e.isCondition()).allMatch(e -> confirms(e, facts, ownNegations))) out.add(item);
        });
        return out;
    }

    public int size() {
        return byItem.values().stream().mapToInt(List::size).sum();
    }
}
