package cn.quanze.catalogue;

import java.util.List;
import java.util.Set;

/**
 * One row of catalog/penalty-provisions.tsv: what one article cited by a penalty item provides for
 * one kind of party.
 *
 * @param party  null when the article does not distinguish individuals from organisations
 * @param kinds  the penalty kinds (行政处罚法第九条) the article provides; empty when it provides none
 *               (a duty, or only 责令改正 and the like); null when the text was not found
 * @param fine   the fine's forms (a yuan range, a multiple of something); empty when there is no fine
 * @param fineSerious the forms for 情节严重 and the like; empty when the article has no such tier
 * @param confiscates what the article allows to be confiscated; empty when it provides no confiscation
 * @param conduct the conduct this provision addresses when an item's articles address different conduct (森林法
 *               第七十四条第二款: 幼林地 + 放牧), as groups of words each of which a question must state; empty when
 *               the row applies to the item's conduct in general
 * @param measures the orders the article gives beside its penalties (责令停止违法行为, 限期补种…), from the row's note
 *               ("measures: …"); empty when the note names none
 * @param restricts the forms of business restriction the article lets the penalising department impose; empty when it
 *               provides none
 * @param alternatives groups of kinds the article gives one of, not together (消防法第六十三条 "处警告或者五百元以下罚款":
 *               {WARNING, FINE}); empty when every kind it provides may be imposed beside the others
 * @param noPenalty the text sets no penalty at all for the conduct (NO_PENALTY: a revision that dropped the penalty,
 *               农产品质量安全法2022年修订 for unlabelled produce); unlike a duty article (NONE) the row is weighed, and
 *               every kind asked fails it
 */
public record PenaltyProvision(int item, String source, String edition, String provision, PartyType party,
                               Set<PenaltyKind> kinds, List<Fine> fine, List<Fine> fineSerious, Status status,
                               String quote, Set<Confiscated> confiscates, List<List<String>> conduct,
                               List<String> measures, Set<Restriction> restricts, List<Set<PenaltyKind>> alternatives, boolean noPenalty, int line) {

    public enum Status { VERIFIED, UNVERIFIED, NOT_FOUND }

    /** A fine form: a yuan range, a multiple of a named base, or an amount the text leaves open. */
    public record Fine(Form form, double min, double max, String base, Tier when) {
        public enum Form { YUAN, MULTIPLE, UNSPECIFIED }

        /**
         * The case in which this form applies, when the article sets one form by the case's own sum (货值金额不足1万元的:
         * {@code 货值<10000}; 没有违法所得的: {@code 违法所得=0}); null when it always applies.
         */
        public record Tier(String base, String op, double bound) {
            String text() {
                return switch (op) {
                    case "<" -> base + "不足" + num(bound) + "元的";
                    case ">=" -> base + num(bound) + "元以上的";
                    case ">" -> bound == 0 ? "有" + base + "的" : base + "超过" + num(bound) + "元的";
                    default -> bound == 0 ? "没有" + base + "的" : base + "为" + num(bound) + "元的";
                };
            }

            public boolean holds(double v) {
                return switch (op) {
                    case "<" -> v < bound;
                    case ">=" -> v >= bound;
                    case ">" -> v > bound;
                    default -> v == bound;
                };
            }
        }

        /** Whether this form applies to a case whose {@code base} is {@code sum}; true when it says nothing of that base. */
        public boolean appliesTo(String caseBase, double sum) {
            return when == null || !when.base().equals(caseBase) || when.holds(sum);
        }

        public boolean allows(double amount) {
            return form == Form.YUAN && amount >= min && amount <= max;
        }

        /** A fine of this many times the base (五倍以下: up to 5; 五倍以上十倍以下: 5 to 10). */
        public boolean allowsMultiple(double times) {
            return form == Form.MULTIPLE && times >= min && times <= max && times > 0;
        }

        /** In Chinese, as a legal officer writes it. */
        public String text() {
            return when == null ? formText() : formText() + "（" + when.text() + "）";
        }

        private String formText() {
            return switch (form) {
                case YUAN -> min <= 0 ? "罚款" + yuan(max) + "以下" : "罚款" + yuan(min) + "以上" + yuan(max) + "以下";
                case MULTIPLE -> min <= 0 ? "罚款为" + base + "的" + num(max) + "倍以下" : "罚款为" + base + "的" + num(min) + "倍以上" + num(max) + "倍以下";
                case UNSPECIFIED -> "罚款（条文未定数额）";
            };
        }

        private static String yuan(double v) {
            return num(v) + "元";
        }

        private static String num(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }

    /** The article provides some penalty of 第九条's kinds (or may: its text was not found). */
    public boolean penalises() {
        return kinds == null || !kinds.isEmpty() || noPenalty;
    }

    /** The article allows this to be confiscated; false also when it names nothing (UNSPECIFIED: to be settled). */
    public boolean confiscatesNamed(Confiscated what) {
        return confiscates.contains(what);
    }

    /** The article lets the department impose this form itself (a row whose words are UNSPECIFIED names only that). */
    public boolean restrictsNamed(Restriction form) {
        return restricts.contains(form);
    }

    /** The row is written for one conduct among several the item's articles address. */
    public boolean scoped() {
        return !conduct.isEmpty();
    }

    /** A row for any party is not one for a unit's responsible persons: the article must name them. */
    public boolean appliesTo(PartyType p) {
        return party == null ? p != PartyType.RESPONSIBLE_PERSON : party == p;
    }

    /** Whether the article lets these kinds be imposed together: all provided, no two of them as one or the other. */
    public boolean together(Set<PenaltyKind> asked) {
        return kinds != null && kinds.containsAll(asked)
                && alternatives.stream().noneMatch(g -> asked.stream().filter(g::contains).count() > 1);
    }

    /** 《消防法》第六十条第一款 */
    public String article() {
        return "《" + source + "》" + provision;
    }

    /** What the row provides, in Chinese: 《…》第…条（对单位）：罚款5000元以上50000元以下 */
    public String describe() {
        String who = party == null ? "" : "（对" + party.label() + "）";
        if (status == Status.NOT_FOUND) return article() + who + "：文本未见，未核实";
        if (noPenalty) return article() + who + "：对此行为未规定任何处罚";
        if (kinds.isEmpty()) return article() + who + "：未规定第九条所列的处罚种类";
        StringBuilder s = new StringBuilder(article()).append(who).append("：");
        java.util.Map<PenaltyKind, String> said = new java.util.EnumMap<>(PenaltyKind.class);
        for (PenaltyKind k : kinds) {
            if (k == PenaltyKind.FINE && !fine.isEmpty()) said.put(k, String.join("或", fine.stream().map(Fine::text).toList()));
            else if (k == PenaltyKind.CONFISCATION && !confiscates.isEmpty()) {
                said.put(k, "没收（" + String.join("、", confiscates.stream().map(Confiscated::label).toList()) + "）");
            } else if (k == PenaltyKind.BUSINESS_RESTRICTION && !restricts.isEmpty()) {
                said.put(k, String.join("、", restricts.stream().map(Restriction::label).toList()));
            } else said.put(k, k.label());
        }
        // 警告或者罚款500元以下: kinds given one or the other are written as the article writes them
        List<String> parts = new java.util.ArrayList<>();
        java.util.Set<PenaltyKind> done = java.util.EnumSet.noneOf(PenaltyKind.class);
        for (PenaltyKind k : said.keySet()) {
            if (done.contains(k)) continue;
            Set<PenaltyKind> group = alternatives.stream().filter(g -> g.contains(k)).findFirst().orElse(Set.of(k));
            List<PenaltyKind> inOrder = said.keySet().stream().filter(group::contains).toList();
            done.addAll(inOrder);
            parts.add(String.join("或者", inOrder.stream().map(said::get).toList()));
        }
        s.append(String.join("、", parts));
        if (!fineSerious.isEmpty()) s.append("；情节严重的，").append(String.join("或", fineSerious.stream().map(Fine::text).toList()));
        if (status == Status.UNVERIFIED) s.append("（未能确认）");
        return s.toString();
    }
}
