package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places by name. A name found in two townships (李家庄村) stays ambiguous: it resolves to both,
 * never to whichever was read last.
 */
public final class Gazetteer {

    /** The outcome of looking a place up. */
    public record Resolution(String input, Set<String> townships, List<Place> places) {
        public boolean unique() {
            return townships.size() == 1;
        }

        public boolean ambiguous() {
            return townships.size() > 1;
        }

        public boolean unknown() {
            return townships.isEmpty();
        }

        public String township() {
            return unique() ? townships.iterator().next() : null;
        }

        /** The place names another county or city (定襄县宏道镇, 原平市): outside 五台县 altogether. */
        public boolean foreign() {
            return unknown() && foreignPlace(input) != null;
        }
    }

    private static final java.util.regex.Pattern COUNTY = java.util.regex.Pattern.compile("([\\p{IsHan}]{2})([县市])");
    /** Cities and neighbouring counties outside 五台县 said without 市 or 县 in speech (忻州城里, 太原那边, 定襄, 阜平). */
    private static final List<String> CITIES_SAID_BARE = List.of("忻州", "太原", "大同", "阳泉", "朔州", "原平");
    /** The counties among them (繁峙县, and 阜平县 of 河北省 across the border): named with 县, not 市. */
    private static final List<String> COUNTIES_SAID_BARE = List.of("定襄", "繁峙", "阜平");
    private static final String CITIES = "(?:" + String.join("|", CITIES_SAID_BARE) + "|" + String.join("|", COUNTIES_SAID_BARE) + ")";
    /** 代县人, 外县的老板 (and, after an unnamed county, 外县一个老板): a person from another county, who may act in the asker's own village. */
    private static final String NO_PERSON_AFTER = "(?!的?人|来的|的?(?:老板|车|司机|公司|企业))";
    /** Another province (河北阜平那边, 内蒙古), a city district (忻府区) or a one-character county (盂县): outside the county. */
    private static final java.util.regex.Pattern PROVINCE = java.util.regex.Pattern.compile(
            "河北省|河北(?=(?:[\\p{IsHan}]{2})?(?:县|市|那边|那里|那头|境内))|内蒙古?|陕西|河南省|山东省|北京市?|天津市?"
                    // the districts of 忻州 and 太原, said without their city
                    + "|忻府区|小店区|迎泽区|杏花岭区|尖草坪区|万柏林区|晋源区"
                    // counties whose name is one character, which the two-character county pattern misses
                    + "|(?:盂县|代县)" + NO_PERSON_AFTER
                    // 在别的县偷砍了树, 扔到了邻县的沟里: another county, unnamed (去了邻县打工 says where a person went)
                    + "|(?:(?<=[在到去归，,。；;]|(?:扔|倒|运|拉|排|弃|丢|埋)到了)|^)(?:别的|外|邻|隔壁|旁边的?|其他|其它)县(?![城里委])" + NO_PERSON_AFTER + "(?!的?一(?:个|家|位))|(?:(?<=在|(?<!转)到|去)|^)外省"
                    // 在县界外的耕地上: beyond the county line
                    + "|县界(?:外|以外|外面|那边|那头)"
                    // 河北阜平碰上个事: a county of 河北 said after the province
                    + "|河北(?:阜平|平山|涞源|灵寿)");
    private static final java.util.regex.Pattern CITY_WITHOUT_SUFFIX =
            java.util.regex.Pattern.compile(CITIES + "(?=城里|城区|市区|城|那边|那里|里|县城|县里|县那|县境)|(?<=[在去到从])" + CITIES
                    // 忻州市里一家饭店 (not 忻州市里要求: the city's government)
                    + "|" + CITIES + "(?=市里(?:一|有|的(?!领导|要求|通知|文件|政策|规定|意见)))"
                    // 过了县界就是定襄县的地，那边有人烧秸秆: the land of the county named, and the act done over there
                    + "|" + CITIES + "(?=县的(?:地|林子?|山|河滩?|沟|田|坡|草)[^，。？！]{0,4}?(?:[，,]?(?:那边|那里|那儿|那头)|[上里]有人|[，,]有人在那))");
    /** Words that end before 县 without naming one: 县委依法治县办, 法治县创建, 会同县生态环境部门检查. */
    // 今年县人武部安排…: a time before the county's office, not a county
    private static final Set<String> WORDS_BEFORE_COUNTY = Set.of("法治", "会同", "今年", "去年", "明年", "往年", "前年", "每年", "当年");
    /** Characters that end a phrase rather than a place name (我们县, 这个县, 超市, 城市, 门市, 低于县定标准…). */
    private static final String NOT_IN_NAMES = "于我们咱这那个本外邻全各每农乡山一有隔附自两几的里在到从是和跟与给对把被超城菜集门夜早区股上下大小老新说去来要想能县市镇村报往向送再归由经请完拟按照依据";

    /**
     * The first county or city other than 五台县 that a text names (定襄县, 繁峙县, 原平市), or null.
     * Only two-character names are recognised; words like 超市, 城市, 县里 are not places.
     */
    /** 隔壁乡, 邻镇, 别的乡, 他们乡: words for a township other than the speaker's, without its name. */
    public static final String OTHER_TOWNSHIP_WORDS = "(?:隔壁|邻近的?|相邻的?|旁边的?|别的|其他|外|邻|他们|人家)(?:乡|镇)";
    private static final java.util.regex.Pattern OTHER_TOWNSHIP = java.util.regex.Pattern.compile("^" + OTHER_TOWNSHIP_WORDS);

    /** The place is said to be a township other than the asker's without naming it (隔壁乡, 他们乡地界). */
    public static boolean otherTownshipSaid(String place) {
        return place != null && OTHER_TOWNSHIP.matcher(place).find();
    }

    public static String foreignPlace(String text) {
        if (text == null) return null;
        String named = namedCityOrProvince(text);
        if (named != null) return named;
        java.util.regex.Matcher m = COUNTY.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("五台") || WORDS_BEFORE_COUNTY.contains(name)) continue;
            if (name.chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)) continue;
            int after = m.end();
            if (after < text.length() && "城里上委级场民区长容政貌面值定".indexOf(text.charAt(after)) >= 0) continue;
            // 县道: a class of road (离县道8米), not a county — but 繁峙县道路上 is the county's road
            if (text.startsWith("道", after) && !text.startsWith("道路", after)) continue;
            return m.group();
        }
        return null;
    }

    /**
     * A city said without 市 (太原那边, 阜平) or another province (河北阜平那边) that the text names, or null: unlike a
     * bare “…县”, these are never words of an office (转报县…局).
     */
    public static String namedCityOrProvince(String text) {
        if (text == null) return null;
        java.util.regex.Matcher city = CITY_WITHOUT_SUFFIX.matcher(text);
        if (city.find()) return city.group() + (COUNTIES_SAID_BARE.contains(city.group()) ? "县" : "市");
        java.util.regex.Matcher province = PROVINCE.matcher(text);
        return province.find() ? province.group() : null;
    }

    private final List<Place> places;
    private final Set<String> townships;
    private final Map<String, List<Place>> byName = new LinkedHashMap<>();
    /** The villages {@link #bareVillage} may find, by the name said without 村 (兴元 → 兴元村), in gazetteer order. */
    private final Map<String, String> villagesByBareName = new LinkedHashMap<>();

    public Gazetteer(List<Place> places, Set<String> townships) {
        this.places = List.copyOf(places);
        this.townships = Set.copyOf(townships);
        for (Place p : places) {
            byName.computeIfAbsent(BodyDirectory.key(p.name()), k -> new ArrayList<>()).add(p);
            for (String a : p.aliases()) {
                List<Place> l = byName.computeIfAbsent(BodyDirectory.key(a), k -> new ArrayList<>());
                if (!l.contains(p)) l.add(p);
            }
            String name = p.name();
            if (!name.endsWith("村") || name.length() < 3) continue;
            String bare = name.substring(0, name.length() - 1);
            if (COMMON_WORD_STEMS.contains(bare) || townships.stream().anyMatch(t -> t.startsWith(bare))) continue;
            villagesByBareName.putIfAbsent(bare, name);
        }
    }

    public List<Place> all() {
        return places;
    }

    /** Every name a place is known by, for reading places out of free text (longest first). */
    public List<String> names() {
        List<String> names = new ArrayList<>(byName.keySet());
        for (String t : townships) {
            names.add(t);
        }
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    /**
     * A town or township the gazette does not list (台怀镇), named as such: not a fragment of a listed one (家庄镇 of
     * 白家庄镇), nor the words 乡镇. Such a place is outside every listed township's own area.
     */
    public boolean unlistedTown(String name) {
        if (name == null || !UNLISTED_TOWN.matcher(name).matches() || name.contains("乡镇") || name.contains("镇乡")) return false;
        return townships.stream().noneMatch(t -> t.endsWith(name) || name.endsWith(t));
    }

    private static final java.util.regex.Pattern UNLISTED_TOWN = java.util.regex.Pattern.compile("[\\p{IsHan}]{2,3}[镇乡]");

    /**
     * 东冶的永安, 去耿镇那边: a listed township said without 乡 or 镇, or null. The bare name counts only where it
     * stands alone: at the start, after a pause or a word of going or belonging (去, 在, 归), and before 的, 那, 这,
     * 一带, 境内 or a pause. So 南茹村 is no mention of 茹村乡, nor 耿镇村 of 耿镇镇.
     */
    public String bareTownship(String text, String except) {
        if (text == null) return null;
        for (String t : townships) {
            if (t.equals(except) || !(t.endsWith("乡") || t.endsWith("镇")) || t.length() < 3) continue;
            if (saidAlone(text, t.substring(0, t.length() - 1), c -> BARE_BEFORE.indexOf(c) >= 0 || !Character.isIdeographic(c), BARE_AFTER)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A village of the gazetteer said without 村 at the head of a clause, before who is there (兴元有人偷砍了树, 麻岩有户人家):
     * the village, or null. Stems that are also ordinary words (西街, 古城, 松林, 五级) and the township 耿镇 are left out.
     */
    public String bareVillage(String text) {
        if (text == null) return null;
        for (Map.Entry<String, String> v : villagesByBareName.entrySet()) {
            if (saidAlone(text, v.getKey(), c -> "，,。；;：: ".indexOf(c) >= 0 || "在去到从".indexOf(c) >= 0, BARE_VILLAGE_AFTER)) {
                return v.getValue();
            }
        }
        return null;
    }

    /** The bare name occurs at the start of the text or after a character that fits before it, and before what fits after. */
    private static boolean saidAlone(String text, String bare, java.util.function.IntPredicate fitsBefore,
                                     java.util.regex.Pattern fitsAfter) {
        for (int at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
            int end = at + bare.length();
            boolean before = at == 0 || fitsBefore.test(text.charAt(at - 1));
            if (before && end < text.length() && fitsAfter.matcher(text.substring(end)).lookingAt()) return true;
        }
        return false;
    }

    private static final Set<String> COMMON_WORD_STEMS = Set.of("西街", "古城", "松林", "五级", "铺上", "田家", "上西", "东阳", "小豆");
    private static final java.util.regex.Pattern BARE_VILLAGE_AFTER = java.util.regex.Pattern.compile(
            "有人|有户|有个|有家|有一户|有一家|一户|一家|的人|村民|老乡|那边|这边|那块|那儿|那里");

    private static final String BARE_BEFORE = "在去到从跟和与是归属对往把给找让叫";
    private static final java.util.regex.Pattern BARE_AFTER = java.util.regex.Pattern.compile("的|那|这|一带|境内|地界|地面|，|,|。|？|\\?");

    /**
     * A place several townships have, narrowed to the one the text names it with (陈家庄乡那个李家庄村, 陈家庄乡的李家庄村);
     * the place itself when the text names none of them.
     */
    public Resolution withTownshipNamed(Resolution place, String text) {
        String village = place.input();
        for (String t : place.townships()) {
            java.util.regex.Pattern named = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(t)
                    + "(?:的|那个|那|这个|下面的|所属的)?" + java.util.regex.Pattern.quote(village));
            if (!named.matcher(text).find()) continue;
            Resolution one = resolve(t + village);
            if (one.unique()) return new Resolution(village, one.townships(), one.places());
        }
        return place;
    }

    public Resolution resolve(String input) {
        if (input == null || input.isBlank()) return new Resolution(input, Set.of(), List.of());
        String k = BodyDirectory.key(input);
        if (k.startsWith("五台县")) k = k.substring(3);
        String township = k.endsWith("人民政府") ? k.substring(0, k.length() - 4) : k;
        if (townships.contains(township)) return new Resolution(input, Set.of(township), List.of());
        List<Place> found = byName.getOrDefault(k, List.of());
        if (found.isEmpty() && !k.endsWith("村") && !k.endsWith("社区")) {
            found = byName.getOrDefault(k + "村", List.of());
        }
        // 东冶镇西街村: a village named with its township is that township's village (none, if it has no such village)
        if (found.isEmpty()) {
            for (String t : townships) {
                if (k.startsWith(t) && k.length() > t.length()) {
                    Resolution inTownship = resolve(k.substring(t.length()));
                    List<Place> own = inTownship.places().stream().filter(p -> p.township().equals(t)).toList();
                    return new Resolution(input, own.isEmpty() ? Set.of() : Set.of(t), own);
                }
            }
        }
        Set<String> ts = new LinkedHashSet<>();
        found.forEach(p -> ts.add(p.township()));
        return new Resolution(input, ts, found);
    }
}
