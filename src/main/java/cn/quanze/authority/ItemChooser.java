package cn.quanze.authority;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.matching.ConductIndex;
import cn.quanze.matching.ItemMatcher;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Picks the catalogue item a plain-Chinese question is about. Word overlap is not enough: an item
 * counts only when the question speaks of the conduct or matter the item names (its key conduct
 * terms, after synonyms, including one that sets it apart from its neighbours), and, for a firmly
 * stated act, when the item grants that act or only the stages before it. The thresholds below were set on
 * the tuning parts of src/test/resources/eval/ (never on the held-out parts); see the README's figures.
 */
final class ItemChooser {

    /** Share of an item's conduct weight the question must carry for the item to cover it. */
    static final double COVERS = 0.2;
    /** A covering item need not show a term its neighbours lack when the question carries this share of it. */
    static final double OWN_SHARE = 0.5;
    /** Partial cover, among the first {@link #PARTIAL_RANK} results: put to the user instead of refused. */
    static final double PARTIAL = 0.1;
    static final double PARTIAL_TERM = 3.5;
    static final int PARTIAL_RANK = 2;
    /** Items whose found conduct weight is at least this share of the best are taken to speak of the same conduct. */
    static final double CLOSE = 0.5;
    /** Rivals within this share of the chosen item's search score are checked for a different answer. */
    static final double RIVAL_SHARE = 0.75;

    /**
     * @param item      the item chosen, or null when none covers the question
     * @param rivals    other covering items that grant the act and score close to the chosen one
     * @param tentative the chosen item covers the question only weakly
     */
    record Choice(CatalogueItem item, List<CatalogueItem> rivals, boolean tentative) {
        static final Choice NONE = new Choice(null, List.of(), false);

        /** This choice with more rivals to check for a different answer. */
        Choice withRivals(List<CatalogueItem> more) {
            List<CatalogueItem> all = new java.util.ArrayList<>(rivals);
            more.stream().filter(i -> i != item && !all.contains(i)).forEach(all::add);
            return new Choice(item, List.copyOf(all), tentative);
        }
    }

    /** 制止: a handling that names what is done, unlike 处理. */
    private static final Pattern STOPPING = Pattern.compile("制止");

    private ItemChooser() {}

    /** A firmly stated act must be one the item grants, or an earlier stage of it; a soft one only guides. */
    private static boolean grants(CatalogueItem item, Act act, boolean firmAct) {
        return !firmAct || act == null || item.grantsOrPrecedes(act);
    }

    /**
     * The one item outside the search results that the question states fully and that grants the act; null if none
     * or several. Found on element words alone, it must grant even a softly stated act (处理 is not 巡查).
     */
    private static CatalogueItem onlyFullyStated(List<CatalogueItem> elsewhere, Act act) {
        return only(elsewhere, i -> act == null || i.grantsOrPrecedes(act));
    }

    private static CatalogueItem only(List<CatalogueItem> items, Predicate<CatalogueItem> fits) {
        List<CatalogueItem> fit = items.stream().filter(fits).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /** A search result with how far the question speaks of its conduct. */
    private record Scored(ItemMatcher.Match match, ConductIndex.Coverage cover) {
        CatalogueItem item() { return match.item(); }

        boolean covers() {
            return cover.share() >= COVERS && (cover.distinguished() || cover.share() >= OWN_SHARE);
        }
    }

    /**
     * @param stated whether the question states every element of an item's conduct (catalog/conduct-elements.tsv):
     *               among items that cover the conduct alike, one whose elements are all stated is preferred, and
     *               an item whose elements are not is no rival to it
     * @param elementCount how many conduct elements an item has (conditions of its name not counted): of several items
     *                  fully stated, the one with most is the more specific
     * @param elsewhere items outside the search results whose two elements or more the question all states (a typo or
     *                  a dialect word the search missed: 罂栗花 for 罂粟)
     */
    static Choice choose(ItemMatcher matcher, String question, ItemMatcher.Result result, Act act, boolean firmAct,
                         Predicate<CatalogueItem> stated, ToIntFunction<CatalogueItem> elementCount, List<CatalogueItem> elsewhere) {
        // An item whose every element (place, party, wrongdoing) the question states, and which grants the act,
        // is the item asked about however the words scored; of several found, the one with the most elements stated
        // (the more specific), then search order.
        CatalogueItem fullyStated = null;
        boolean grantingStated = false;
        for (ItemMatcher.Match m : result.matches()) {
            CatalogueItem i = m.item();
            if (stated.test(i) && grants(i, act, firmAct)
                    && (fullyStated == null || elementCount.applyAsInt(i) > elementCount.applyAsInt(fullyStated))) fullyStated = i;
        }
        // 两户为地界争议，乡里能先调解吗: of the items stated, one granting the act asked, however softly, comes first
        // (处理 names no act of its own: 两户争地，乡里能处理吗 stays with the more specific matter)
        // (制止 does: 养牛场粪污乱排，镇里能制止吗 is item 70's 制止和报告, not item 107's penalty, though 107 names 粪污)
        if (act != null && (act != Act.HANDLE || STOPPING.matcher(question).find())
                && fullyStated != null && !fullyStated.grantsOrPrecedes(act)) {
            for (ItemMatcher.Match m : result.matches()) {
                if (stated.test(m.item()) && m.item().grantsOrPrecedes(act)) {
                    fullyStated = m.item();
                    grantingStated = act == Act.HANDLE;
                    break;
                }
            }
        }
        if (fullyStated == null) fullyStated = onlyFullyStated(elsewhere, act);
        else if (!firmAct) {
            // 两户为一块地的使用权闹矛盾，乡里能处理吗: the search found 民间纠纷 (two elements, stated) but not item 27,
            // whose matter the question states as well and more closely, in one of its key terms (使用权); the more
            // specific matter is the one asked about (its name says 处理 as the question does, though what it grants
            // is called 裁决)
            CatalogueItem more = only(elsewhere, i -> act == null || i.grantsOrPrecedes(act) || i.name().endsWith(act.label()));
            if (more != null && (act == null || !fullyStated.grantsOrPrecedes(act))
                    && elementCount.applyAsInt(more) > elementCount.applyAsInt(fullyStated)
                    && !matcher.coverage(question, more).found().isEmpty()) {
                return new Choice(more, List.of(), false);
            }
        }
        if (result.weak()) return fullyStated == null ? Choice.NONE : new Choice(fullyStated, List.of(), false);
        List<Scored> scored = result.matches().stream().map(m -> new Scored(m, matcher.coverage(question, m.item()))).toList();
        List<Scored> covering = scored.stream().filter(Scored::covers).toList();
        if (covering.isEmpty() && fullyStated != null) return new Choice(fullyStated, List.of(), false);
        if (covering.isEmpty()) {
            // Nothing covers the conduct firmly; a near item that grants the act is put to the user, not assumed.
            for (Scored s : scored.subList(0, Math.min(PARTIAL_RANK, scored.size()))) {
                if (grants(s.item(), act, firmAct) && (s.cover().share() >= PARTIAL || s.cover().strongest() >= PARTIAL_TERM)) {
                    return new Choice(s.item(), List.of(), true);
                }
            }
            return Choice.NONE;
        }
        // The conduct first: the items that cover most of it (within CLOSE of the best weight found), in search
        // order; then the act: among them, the first that grants it. None grants it → the best-covering item
        // answers, and the rules say it does not grant that act.
        Scored bestCovering = covering.stream().max(Comparator.comparingDouble(c -> c.cover().weight())).orElseThrow();
        double bestWeight = bestCovering.cover().weight();
        List<Scored> close = covering.stream()
                .filter(c -> c.cover().weight() >= bestWeight * CLOSE)
                .filter(c -> grants(c.item(), act, firmAct))
                .toList();
        if (close.isEmpty()) return new Choice(fullyStated != null ? fullyStated : bestCovering.item(), List.of(), false);
        // An item whose every element the question states outranks a closer word match whose elements it does not.
        Scored closeAndStated = close.stream().filter(c -> stated.test(c.item())).findFirst().orElse(null);
        if (closeAndStated == null && fullyStated != null) return new Choice(fullyStated, List.of(), false);
        Scored chosen = closeAndStated != null ? closeAndStated : close.get(0);
        // 制止 is a soft act, not filtered out above; the stated item that grants it still outranks one that does not
        if (grantingStated && !chosen.item().grantsOrPrecedes(act)) return new Choice(fullyStated, List.of(), false);
        boolean chosenStated = stated.test(chosen.item());
        List<CatalogueItem> rivals = covering.stream()
                .filter(c -> c != chosen && c.match().score() >= chosen.match().score() * RIVAL_SHARE)
                .filter(c -> act == null || c.item().grantsOrPrecedes(act))
                .filter(c -> !chosenStated || stated.test(c.item()))
                .map(Scored::item).toList();
        return new Choice(chosen.item(), rivals, false);
    }
}
