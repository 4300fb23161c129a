package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the articles cited by each penalty item provide (catalog/penalty-provisions.tsv), and how a
 * contemplated penalty fits them. The fit is arithmetic over the data; what follows from it is the
 * rules' to say.
 */
public final class PenaltyProvisions {

    /** The outcome of a fit, with the rows that decided it, described in Chinese. */
    public record Check(ArticleFit fit, String detail) {}

    private final Map<Integer, List<PenaltyProvision>> byItem = new TreeMap<>();

    public PenaltyProvisions(List<PenaltyProvision> rows) {
        rows.forEach(r -> byItem.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r));
    }

    /**
     * How far the articles are checked: items whose every row is verified, items with some verified and
     * some not, items with none verified; and the rows by status.
     */
    public record Coverage(int itemsVerified, int itemsPartly, int itemsUnverified, int rowsVerified,
                           int rowsUnverified, int rowsNotFound) {}

    public Coverage coverage() {
        int all = 0, partly = 0, none = 0;
        for (List<PenaltyProvision> rows : byItem.values()) {
            long v = rows.stream().filter(PenaltyProvision::verified).count();
            if (v == rows.size()) all++;
            else if (v > 0) partly++;
            else none++;
        }
        List<PenaltyProvision> rows = byItem.values().stream().flatMap(List::stream).toList();
        return new Coverage(all, partly, none,
                (int) rows.stream().filter(r -> r.status() == PenaltyProvision.Status.VERIFIED).count(),
                (int) rows.stream().filter(r -> r.status() == PenaltyProvision.Status.UNVERIFIED).count(),
                (int) rows.stream().filter(r -> r.status() == PenaltyProvision.Status.NOT_FOUND).count());
    }

    /** Some article of the item reckons its fine as a multiple of a base named with this word (价值, 违法所得…). */
    public boolean reckonsOn(int item, String baseWord) {
        return of(item).stream().flatMap(r -> r.fine().stream())
                .anyMatch(f -> f.form() == PenaltyProvision.Fine.Form.MULTIPLE && f.base() != null && f.base().contains(baseWord));
    }

    /** The item's article sets its fine in tiers by this base (货值不足一万元的… / 货值一万元以上的…). */
    public boolean tieredOn(int item, String baseWord) {
        return of(item).stream().flatMap(r -> r.fine().stream())
                .anyMatch(f -> f.when() != null && f.when().base().contains(baseWord));
    }

    public List<PenaltyProvision> of(int item) {
        return byItem.getOrDefault(item, List.of());
    }

    /** The orders the item's articles give beside their penalties (责令停止违法行为, 限期补种…树木), as their notes name them. */
    public List<String> measures(int item) {
        return of(item).stream().flatMap(r -> r.measures().stream()).distinct().toList();
    }

    public boolean covers(int item) {
        return byItem.containsKey(item);
    }

    /** Every verified row for the party, with no unverified row beside it. */
    public boolean settled(int item) {
        return of(item).stream().allMatch(PenaltyProvision::verified);
    }

    /**
     * Under the simplified procedure only a warning or a fine up to {@code limit} may be imposed; true
     * when, for organisations, the verified articles provide no warning and no fine that low, and no
     * unverified article is left that might.
     */
    public boolean simplifiedOutOfReach(int item, PartyType party, double limit) {
        if (!covers(item) || !settled(item)) return false;
        for (PenaltyProvision r : penalising(of(item), party)) {
            if (r.kinds().contains(PenaltyKind.WARNING)) return false;
            if (r.kinds().contains(PenaltyKind.FINE)) {
                for (PenaltyProvision.Fine f : r.fine()) {
                    if (f.form() != PenaltyProvision.Fine.Form.YUAN || f.min() <= limit) return false;
                }
            }
        }
        return true;
    }

    public Check fit(int item, PartyType party, PenaltyKind kind, Double amount) {
        return fit(item, party, new Asked(kind, amount, null, null, null, null), null);
    }

    /**
     * The penalty asked: its kind; for a fine the amount in yuan or the multiple of the article's base (两倍);
     * for a confiscation what is to be taken, for a business restriction its form (null: not said).
     *
     * @param caseBase the sum of the case the question names (货值, 违法所得), with {@code caseSum} its yuan (0: none);
     *                 it settles which form of a tiered fine applies
     * @param multipleOf the base the question reckons its multiple on when it names one (违法所得), else null
     */
    public record Asked(PenaltyKind kind, Double amount, Double multiple, Confiscated object, String caseBase, Double caseSum,
                        String multipleOf, Restriction form) {
        public Asked(PenaltyKind kind, Double amount, Double multiple, Confiscated object, String caseBase, Double caseSum) {
            this(kind, amount, multiple, object, caseBase, caseSum, null, null);
        }
    }

    /**
     * A multiple of the base the article names: 按赚的钱罚五倍 is five times the gains, not five times 货值 or 林木价值, and
     * fits only an article that reckons on the gains.
     */
    private static boolean allowsOn(PenaltyProvision.Fine f, double times, String of) {
        return f.allowsMultiple(times) && (of == null || f.base() == null || f.base().contains(of)
                || (of.endsWith("所得") && f.base().contains("所得")) || (of.equals("价值") && f.base().contains("货值")));
    }

    /**
     * @param stated whether the question states a row's conduct (its groups of words); null when no conduct was told
     *               (a structured request)
     */
    public Check fit(int item, PartyType party, Asked asked, Predicate<List<List<String>>> stated) {
        List<PenaltyProvision> all = of(item);
        if (all.stream().noneMatch(PenaltyProvision::scoped)) return fit(all, party, asked);
        if (stated != null) {
            List<PenaltyProvision> named = namedRows(all, stated);
            if (!named.isEmpty()) {
                // 森林法第七十四条第二款: for 幼林地放牧 only 责令停止、补种, whatever the first paragraph fines; a special
                // provision that sets no penalty for the conduct it names prevails over a general row named beside it
                // (幼林地放羊…林木价值两千元)
                List<PenaltyProvision> unpenalised = named.stream().filter(PenaltyProvisions::setsNoPenalty).toList();
                if (!unpenalised.isEmpty()) return new Check(ArticleFit.CONDUCT_NOT_PENALISED, describe(unpenalised, party));
                return fit(named, party, asked);
            }
            return fit(generalOrAll(all), party, asked);
        }
        // No conduct told: the answer stands only if every provision's rows give it.
        Map<List<List<String>>, List<PenaltyProvision>> byConduct = new java.util.LinkedHashMap<>();
        all.forEach(r -> byConduct.computeIfAbsent(r.conduct(), k -> new ArrayList<>()).add(r));
        List<ArticleFit> fits = new ArrayList<>();
        for (List<PenaltyProvision> rows : byConduct.values()) {
            boolean unpenalised = rows.get(0).scoped() && setsNoPenalty(rows);
            fits.add(unpenalised ? ArticleFit.CONDUCT_NOT_PENALISED : fitOf(rows, party, asked));
        }
        String detail = describe(all, party);
        return new Check(fits.stream().distinct().count() == 1 ? fits.get(0) : ArticleFit.DEPENDS_ON_ARTICLE, detail);
    }

    /**
     * Everything one question asks of an item's articles: the penalty asked, the kinds said beside it (the fine beside a
     * confiscation, 没收农药、再罚八千 or 并处价值十二倍罚款; the warning beside a fine, 罚款2000元，另处警告).
     *
     * @param oneOrOther the kinds are asked one or the other (给予警告或者罚款), not together
     * @param orderTold  the question tells an order the item's own article gives beside its penalties (责令停止放牧、限期补种):
     *                   where no penalty is asked and the conduct's row sets none, the order is no penalty refused
     */
    public record Request(Asked asked, List<Asked> beside, boolean oneOrOther, boolean orderTold) {
        public Request {
            beside = List.copyOf(beside);
        }
    }

    /**
     * The answer to a {@link Request}: the gravest of its kinds' checks, the kind that decided it (null: the kind asked),
     * and every kind asked.
     */
    public record Answer(Check check, PenaltyKind decisive, java.util.Set<PenaltyKind> kindsAsked) {}

    /**
     * Every kind a question asks is fitted to the articles; the gravest answer decides and names its kind, and kinds
     * asked together must be ones the article lets go together (警告并罚款 where it gives 警告或者罚款).
     */
    public Answer fit(int item, PartyType party, Request request, Predicate<List<List<String>>> stated) {
        Asked asked = request.asked();
        Check check = fit(item, party, asked, stated);
        if (check.fit() == ArticleFit.CONDUCT_NOT_PENALISED && asked.kind() == null && asked.multiple() == null && request.orderTold()) {
            check = new Check(ArticleFit.NOT_ASKED, check.detail());
        }
        PenaltyKind decisive = null;
        java.util.Set<PenaltyKind> kinds = java.util.EnumSet.noneOf(PenaltyKind.class);
        if (asked.kind() != null) kinds.add(asked.kind());
        for (Asked other : request.beside()) {
            kinds.add(other.kind());
            Check otherCheck = fit(item, party, other, stated);
            if (graver(check, otherCheck) != check) {
                check = otherCheck;
                decisive = other.kind();
            }
        }
        if (kinds.size() > 1 && !request.oneOrOther()) check = graver(check, together(item, party, kinds, stated));
        return new Answer(check, decisive, kinds);
    }

    /**
     * Whether the kinds asked together (罚款 and the 警告 beside it) may be imposed together: {@link ArticleFit#KINDS_NOT_TOGETHER}
     * when every verified row for the party that provides them gives them one or the other, and no unverified row is
     * left; {@link ArticleFit#UNVERIFIED} when one is; else {@link ArticleFit#NOT_ASKED}. Whether each kind is provided at
     * all is {@link #fit}'s to say. The rows are those {@link #fit} would weigh for the conduct the question states.
     */
    public Check together(int item, PartyType party, java.util.Set<PenaltyKind> kinds, Predicate<List<List<String>>> stated) {
        List<PenaltyProvision> scope = statedScope(of(item), stated);
        List<PenaltyProvision> providing = rows(scope, party).stream()
                .filter(r -> r.verified() && r.penalises() && r.kinds().containsAll(kinds)).toList();
        if (providing.isEmpty() || providing.stream().anyMatch(r -> r.together(kinds))) return new Check(ArticleFit.NOT_ASKED, "");
        boolean open = penalising(scope, party).stream().anyMatch(r -> !r.verified());
        return new Check(open ? ArticleFit.UNVERIFIED : ArticleFit.KINDS_NOT_TOGETHER, describe(scope, party));
    }

    /**
     * The fine asked is below the least that every verified row fining the party allows (of the conduct the question
     * states, as {@link #fit(int, PartyType, Asked, Predicate)} chooses them): a lessened penalty (减轻处罚) goes below it.
     */
    public boolean belowEveryMinimum(int item, PartyType party, Asked asked, Predicate<List<List<String>>> stated) {
        if (asked.kind() != PenaltyKind.FINE || (asked.amount() == null && asked.multiple() == null)) return false;
        boolean compared = false;
        for (PenaltyProvision r : rows(statedScope(of(item), stated), party)) {
            if (!r.verified() || !r.penalises()) continue;
            for (PenaltyProvision.Fine f : r.fine()) {
                Double asked1 = f.form() == PenaltyProvision.Fine.Form.YUAN ? asked.amount()
                        : f.form() == PenaltyProvision.Fine.Form.MULTIPLE ? asked.multiple() : null;
                if (asked1 == null) continue;
                if (asked1 >= f.min()) return false;
                compared = true;
            }
        }
        return compared;
    }

    /** The rows scoped to a conduct the question states. */
    private static List<PenaltyProvision> namedRows(List<PenaltyProvision> all, Predicate<List<List<String>>> stated) {
        return all.stream().filter(r -> r.scoped() && stated.test(r.conduct())).toList();
    }

    /** The rows scoped to the conduct the question states, else those that hold whatever the conduct. */
    private static List<PenaltyProvision> statedScope(List<PenaltyProvision> all, Predicate<List<List<String>>> stated) {
        List<PenaltyProvision> named = stated == null ? List.of() : namedRows(all, stated);
        return !named.isEmpty() ? named : generalOrAll(all);
    }

    /** The rows that hold whatever the conduct, or all when every row is scoped. */
    private static List<PenaltyProvision> generalOrAll(List<PenaltyProvision> all) {
        List<PenaltyProvision> general = all.stream().filter(r -> !r.scoped()).toList();
        return general.isEmpty() ? all : general;
    }

    /** Every row is verified and provides no penalty of 第九条's kinds (森林法第七十四条第二款: only 责令停止、补种). */
    private static boolean setsNoPenalty(List<PenaltyProvision> rows) {
        return rows.stream().allMatch(PenaltyProvisions::setsNoPenalty);
    }

    /** A verified row that provides no penalty of 行政处罚法第九条 (only orders such as 责令停止、补种). */
    private static boolean setsNoPenalty(PenaltyProvision row) {
        return row.verified() && !row.penalises();
    }

    /** The rows for this party (all when the party is unknown), described one per line. */
    private static String describe(List<PenaltyProvision> rows, PartyType party) {
        return rows(rows, party).stream().map(PenaltyProvision::describe).distinct().collect(Collectors.joining("；"));
    }

    /** How the penalty fits these rows (all the item's, or those of the conduct the question states). */
    private Check fit(List<PenaltyProvision> scope, PartyType party, Asked asked) {
        ArticleFit fit = fitOf(scope, party, asked);
        return new Check(fit, describe(scope, fit == ArticleFit.PARTY_NOT_ADDRESSED ? null : party));
    }

    /** The fit alone: the rows are described once, by {@link #fit(List, PartyType, Asked)}, not at every step. */
    private ArticleFit fitOf(List<PenaltyProvision> scope, PartyType party, Asked asked) {
        PenaltyKind kind = asked.kind();
        Double amount = asked.amount();
        Double multiple = asked.multiple();
        Confiscated object = asked.object();
        Restriction form = asked.form();
        String of = asked.multipleOf();
        if (kind == null && party == null) return ArticleFit.NOT_ASKED;
        if (party != null && !scope.isEmpty() && rows(scope, party).isEmpty()) {
            return ArticleFit.PARTY_NOT_ADDRESSED;
        }
        if (kind == null || scope.isEmpty()) return ArticleFit.NOT_ASKED;
        // 物业服务企业, 工贸企业: where the articles penalise units alone (and perhaps their responsible persons), the party
        // of the conduct the item names is a unit
        if (party == null && rows(scope, PartyType.INDIVIDUAL).isEmpty() && !rows(scope, PartyType.ORGANIZATION).isEmpty()) {
            return fitOf(scope, PartyType.ORGANIZATION, asked);
        }
        if (party == null) {
            ArticleFit i = fitOf(scope, PartyType.INDIVIDUAL, asked);
            ArticleFit o = fitOf(scope, PartyType.ORGANIZATION, asked);
            if (i == o) return i;
            if (refuses(i) != refuses(o)) return ArticleFit.DEPENDS_ON_PARTY;
            if (refuses(i)) return i;
            return i == ArticleFit.FITS ? o : i;
        }
        List<PenaltyProvision> penalising = penalising(scope, party);
        List<PenaltyProvision> verified = penalising.stream().filter(PenaltyProvision::verified).toList();
        boolean open = penalising.size() > verified.size();
        if (verified.isEmpty()) {
            return open ? ArticleFit.UNVERIFIED : ArticleFit.KIND_NOT_PROVIDED;
        }
        int fits = 0, serious = 0, uncheckable = 0, noKind = 0, outOfRange = 0, objectOpen = 0, formOpen = 0;
        for (PenaltyProvision r : verified) {
            if (!r.kinds().contains(kind)) noKind++;
            else if (kind == PenaltyKind.CONFISCATION && object != null && !r.confiscatesNamed(object)) {
                // 没收非法所得 is not 没收挖掘机; an article that names nothing leaves it to be settled
                if (r.confiscatesNamed(Confiscated.UNSPECIFIED)) objectOpen++;
                else noKind++;
            }
            else if (kind == PenaltyKind.BUSINESS_RESTRICTION && form != null && !r.restrictsNamed(form)) {
                // 责令停产停业整顿 is not 责令关闭; words of the article's own (责令停止产生职业病危害的作业) leave 限制 or 停产停业
                // to be settled, never a closure, which an article names
                if (form != Restriction.CLOSE && r.restrictsNamed(Restriction.UNSPECIFIED)) formOpen++;
                else noKind++;
            }
            else if (kind == PenaltyKind.FINE && amount != null && tiered(r)) {
                // 货值金额不足1万元的…罚款；1万元以上的…倍: the yuan range and the multiple are tiers chosen by the case's own
                // sum; a question that names that sum settles the tier, else the fine stands only if it fits either
                List<PenaltyProvision.Fine> tier = asked.caseBase() == null ? r.fine()
                        : r.fine().stream().filter(f -> f.appliesTo(asked.caseBase(), asked.caseSum())).toList();
                boolean byYuan = tier.stream().anyMatch(f -> f.allows(amount));
                boolean byMultiple = multiple != null && tier.stream().anyMatch(f -> allowsOn(f, multiple, of));
                boolean yuanOnly = tier.stream().allMatch(f -> f.form() == PenaltyProvision.Fine.Form.YUAN);
                boolean multipleOnly = tier.stream().allMatch(f -> f.form() == PenaltyProvision.Fine.Form.MULTIPLE);
                if (yuanOnly ? byYuan : multipleOnly ? byMultiple : byYuan && byMultiple) fits++;
                else if (multipleOnly ? multiple == null : !yuanOnly && (byYuan || byMultiple || multiple == null)) uncheckable++;
                else if (r.fineSerious().stream().anyMatch(f -> f.allows(amount) || (multiple != null && allowsOn(f, multiple, of)))) serious++;
                else outOfRange++;
            }
            else if (kind == PenaltyKind.FINE && multiple != null
                    && (amount == null || r.fine().stream().anyMatch(f -> f.form() == PenaltyProvision.Fine.Form.MULTIPLE))) {
                // 按树值的两倍罚 (两倍即六千元): a multiple is compared with the article's multiples; of several bases, all must allow it
                // (违法所得两万 told: the article's multiple for a case without proceeds, 前三年平均产值六至十二倍, is not this case's)
                List<PenaltyProvision.Fine> multiples = r.fine().stream().filter(f -> f.form() == PenaltyProvision.Fine.Form.MULTIPLE)
                        .filter(f -> asked.caseBase() == null || f.appliesTo(asked.caseBase(), asked.caseSum())).toList();
                if (multiples.isEmpty()) uncheckable++;
                else if (multiples.stream().allMatch(f -> allowsOn(f, multiple, of))) fits++;
                else if (multiples.stream().anyMatch(f -> allowsOn(f, multiple, of))) uncheckable++;
                else if (r.fineSerious().stream().anyMatch(f -> allowsOn(f, multiple, of))) serious++;
                else outOfRange++;
            }
            else if (kind != PenaltyKind.FINE || amount == null) fits++;
            else if (r.fine().isEmpty() && !r.fineSerious().isEmpty()
                    && r.fineSerious().stream().allMatch(f -> f.form() == PenaltyProvision.Fine.Form.YUAN)) {
                // 逾期未改正的…对其直接负责的主管人员…处一万元以上二万元以下: a fine in the graver tier only
                if (r.fineSerious().stream().anyMatch(f -> f.allows(amount))) serious++;
                else outOfRange++;
            }
            else if (r.fine().isEmpty() || r.fine().stream().anyMatch(f -> f.form() != PenaltyProvision.Fine.Form.YUAN)) {
                if (r.fine().stream().anyMatch(f -> f.allows(amount))) fits++;
                else uncheckable++;
            } else if (r.fine().stream().anyMatch(f -> f.allows(amount))) fits++;
            else if (r.fineSerious().stream().anyMatch(f -> f.allows(amount))) serious++;
            else outOfRange++;
        }
        int failing = noKind + outOfRange;
        if (fits == verified.size()) return ArticleFit.FITS;
        if (failing == verified.size()) {
            if (open) return ArticleFit.UNVERIFIED;
            return outOfRange > 0 ? ArticleFit.OUT_OF_RANGE : ArticleFit.KIND_NOT_PROVIDED;
        }
        if (failing > 0) return ArticleFit.DEPENDS_ON_ARTICLE;
        if (objectOpen > 0) return ArticleFit.OBJECT_UNNAMED;
        if (formOpen > 0) return ArticleFit.FORM_UNSETTLED;
        if (uncheckable > 0) return ArticleFit.AMOUNT_UNCHECKABLE;
        return ArticleFit.SERIOUS_ONLY;
    }

    /** A row whose fine is a yuan range in some cases and a multiple in others (the form “YUAN … | MULTIPLE …”). */
    private static boolean tiered(PenaltyProvision r) {
        return r.fine().stream().anyMatch(f -> f.form() == PenaltyProvision.Fine.Form.YUAN)
                && r.fine().stream().anyMatch(f -> f.form() == PenaltyProvision.Fine.Form.MULTIPLE);
    }

    /** Of two checks of one request (没收 and the fine beside it), the one that weighs more: a refusal, then a doubt. */
    public static Check graver(Check a, Check b) {
        return gravity(b.fit()) > gravity(a.fit()) ? b : a;
    }

    private static int gravity(ArticleFit f) {
        if (refuses(f) || f == ArticleFit.CONDUCT_NOT_PENALISED) return 2;
        return f == ArticleFit.FITS || f == ArticleFit.NOT_ASKED ? 0 : 1;
    }

    private static boolean refuses(ArticleFit f) {
        return f == ArticleFit.KIND_NOT_PROVIDED || f == ArticleFit.OUT_OF_RANGE || f == ArticleFit.PARTY_NOT_ADDRESSED
                || f == ArticleFit.KINDS_NOT_TOGETHER;
    }

    /** Rows that provide some penalty (or whose text was not found), for this party. */
    private static List<PenaltyProvision> penalising(List<PenaltyProvision> scope, PartyType party) {
        return rows(scope, party).stream().filter(PenaltyProvision::penalises).toList();
    }

    private static List<PenaltyProvision> rows(List<PenaltyProvision> scope, PartyType party) {
        return scope.stream().filter(r -> party == null || r.appliesTo(party)).toList();
    }
}
