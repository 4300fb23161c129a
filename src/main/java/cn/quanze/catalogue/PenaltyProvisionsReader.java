package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks catalog/penalty-provisions.tsv; every problem is reported with file and line. */
final class PenaltyProvisionsReader {

    static final List<String> HEADER = List.of("item", "source", "edition", "provision", "party", "kinds", "fine",
            "fineSerious", "status", "text", "quote", "note", "confiscates", "conduct", "restricts");
    private static final Pattern YUAN = Pattern.compile("YUAN (\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");
    private static final Pattern MULTIPLE = Pattern.compile("MULTIPLE (\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?) (\\S.*)");
    /** 货值<10000, 违法所得=0: the case in which one of several forms applies. */
    private static final Pattern WHEN = Pattern.compile("(.+?) when (\\S+?)(<|>=|>|=)(\\d+(?:\\.\\d+)?)");
    private static final int MAX_QUOTE = 40;

    private final TsvFile f;
    private final DataChecks checks;

    PenaltyProvisionsReader(TsvFile f, DataChecks checks) {
        this.f = f;
        this.checks = checks;
    }

    PenaltyProvisions read(TownshipCatalogue catalogue) {
        if (!checks.header(f, HEADER.toArray(String[]::new))) return new PenaltyProvisions(List.of());
        List<PenaltyProvision> rows = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            PenaltyProvision p = row(row, catalogue);
            if (p != null) rows.add(p);
        }
        PenaltyProvisions provisions = new PenaltyProvisions(rows);
        for (CatalogueItem i : catalogue.items()) {
            if (i.type() == PowerType.PENALTY && !provisions.covers(i.id())) {
                problem(0, i.id(), "处罚事项没有所引条款的处罚种类与幅度（未查到的条款也须列出，状态写 NOT_FOUND）");
            }
        }
        return provisions;
    }

    private PenaltyProvision row(TsvFile.Row row, TownshipCatalogue catalogue) {
        Integer item = checks.itemNumber(f, row);
        if (item == null || !checks.columns(f, row, HEADER.size(), item)) return null;
        CatalogueItem ci = catalogue.item(item).orElse(null);
        if (ci == null || ci.type() != PowerType.PENALTY) {
            problem(row.line(), item, "第" + item + "项不是清单中的行政处罚事项");
            return null;
        }
        if (!ci.basisText().contains(shortName(row.get(1)))) {
            problem(row.line(), item, "所引规定“" + row.get(1) + "”不在第" + item + "项的职权依据中");
        }
        if (!row.get(3).startsWith("第")) problem(row.line(), item, "条款应以“第”开头：“" + row.get(3) + "”");
        PenaltyProvision.Status status;
        try {
            status = PenaltyProvision.Status.valueOf(row.get(8));
        } catch (IllegalArgumentException e) {
            problem(row.line(), item, "核实状态应为 VERIFIED、UNVERIFIED 或 NOT_FOUND：“" + row.get(8) + "”");
            return null;
        }
        PartyType party = switch (row.get(4)) {
            case "ANY" -> null;
            case "INDIVIDUAL" -> PartyType.INDIVIDUAL;
            case "ORGANIZATION" -> PartyType.ORGANIZATION;
            case "RESPONSIBLE" -> PartyType.RESPONSIBLE_PERSON;
            default -> {
                problem(row.line(), item, "当事人应为 ANY、INDIVIDUAL、ORGANIZATION 或 RESPONSIBLE：“" + row.get(4) + "”");
                yield null;
            }
        };
        Set<PenaltyKind> kinds = kinds(row, item, status);
        List<PenaltyProvision.Fine> fine = fines(row, item, row.get(6), false);
        List<PenaltyProvision.Fine> serious = fines(row, item, row.get(7), true);
        if (kinds != null && kinds.contains(PenaltyKind.FINE) && fine.isEmpty() && serious.isEmpty()) {
            problem(row.line(), item, "种类含罚款（FINE），但罚款列为 NONE");
        }
        if (kinds != null && !kinds.contains(PenaltyKind.FINE) && !fine.isEmpty()) {
            problem(row.line(), item, "罚款列有数额，但种类不含罚款（FINE）");
        }
        if (row.get(10).codePointCount(0, row.get(10).length()) > MAX_QUOTE) {
            problem(row.line(), item, "摘引超过 " + MAX_QUOTE + " 字：只记所依据的短句，不抄录全文");
        }
        if (status == PenaltyProvision.Status.VERIFIED && (row.get(9).isBlank() || row.get(9).equals("-"))) {
            problem(row.line(), item, "已核实（VERIFIED）的行须写明所读文本");
        }
        Set<Confiscated> confiscates = confiscates(row, item, kinds);
        return new PenaltyProvision(item, row.get(1), row.get(2), row.get(3), party, kinds, fine, serious, status,
                row.get(10), confiscates, conduct(row, item), measures(row.get(11)), restricts(row, item, kinds),
                kinds == null ? List.of() : alternatives(row, item), row.get(5).equals(NO_PENALTY), row.line());
    }

    /** 备注 “measures: 责令停止违法行为, 限期补种…树木; …”: the orders the article gives beside its penalties. */
    private static final java.util.regex.Pattern MEASURES = java.util.regex.Pattern.compile("measures:\\s*(.+?)(?:[;；]|\\. |\\.$|$)");

    private static List<String> measures(String note) {
        java.util.regex.Matcher m = MEASURES.matcher(note);
        if (!m.find()) return List.of();
        return java.util.Arrays.stream(m.group(1).replaceAll("\\s*\\([^)]*\\)", "").split("\\s*[,，、]\\s*"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** The conduct the row's provision addresses: groups of words, each group to be stated; empty for “-”. */
    private List<List<String>> conduct(TsvFile.Row row, int item) {
        String cell = row.get(13).strip();
        if (cell.equals("-")) return List.of();
        List<List<String>> groups = new ArrayList<>();
        for (String g : cell.split("\\s*\\+\\s*")) {
            List<String> words = java.util.Arrays.stream(g.split("\\|")).map(String::strip).toList();
            if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
                problem(row.line(), item, "适用行为（conduct 列）有空词语：“" + cell + "”（写“-”或“词|词 + 词|词”）");
                return List.of();
            }
            groups.add(words);
        }
        return List.copyOf(groups);
    }

    /** What a confiscating article allows to be taken; a row that does not confiscate says “-”. */
    private Set<Confiscated> confiscates(TsvFile.Row row, int item, Set<PenaltyKind> kinds) {
        return namedSet(row, 12, item, kinds, PenaltyKind.CONFISCATION, Confiscated.class, "confiscates", "没收之物");
    }

    /** The forms of business restriction the article gives the department; a row without BUSINESS_RESTRICTION says “-”. */
    private Set<Restriction> restricts(TsvFile.Row row, int item, Set<PenaltyKind> kinds) {
        return namedSet(row, 14, item, kinds, PenaltyKind.BUSINESS_RESTRICTION, Restriction.class, "restricts", "限制生产经营的形式");
    }

    /** A comma-separated cell of one enum's names, required on the rows of the kind it details and “-” on the others. */
    private <E extends Enum<E>> Set<E> namedSet(TsvFile.Row row, int column, int item, Set<PenaltyKind> kinds, PenaltyKind kind,
                                                Class<E> type, String columnName, String what) {
        String cell = row.get(column).strip();
        boolean applies = kinds != null && kinds.contains(kind);
        if (cell.equals("-")) {
            if (applies) problem(row.line(), item, "处罚种类含 " + kind + "，须写明" + what + "（" + columnName + " 列）");
            return Set.of();
        }
        if (!applies) problem(row.line(), item, "处罚种类不含 " + kind + "，" + columnName + " 列应为“-”：“" + cell + "”");
        Set<E> out = EnumSet.noneOf(type);
        for (String c : cell.split(",")) {
            try {
                out.add(Enum.valueOf(type, c.strip()));
            } catch (IllegalArgumentException e) {
                problem(row.line(), item, what + "应为 " + java.util.Arrays.toString(type.getEnumConstants()) + " 之一：“" + c + "”");
            }
        }
        return out;
    }

    /** The kinds cell of a text that sets no penalty for the conduct (a revision that dropped it): weighed, never fitting. */
    private static final String NO_PENALTY = "NO_PENALTY";

    private Set<PenaltyKind> kinds(TsvFile.Row row, int item, PenaltyProvision.Status status) {
        String cell = row.get(5);
        if (cell.equals("UNKNOWN")) {
            if (status == PenaltyProvision.Status.VERIFIED) problem(row.line(), item, "已核实的行不能写种类 UNKNOWN");
            return null;
        }
        if (status == PenaltyProvision.Status.NOT_FOUND) problem(row.line(), item, "文本未见（NOT_FOUND）的行，种类应写 UNKNOWN");
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        if (cell.equals("NONE") || cell.equals(NO_PENALTY)) return kinds;
        for (String k : cell.split("[,|]")) {
            try {
                kinds.add(PenaltyKind.valueOf(k.strip()));
            } catch (IllegalArgumentException e) {
                problem(row.line(), item, "未知的处罚种类“" + k + "”");
            }
        }
        return kinds;
    }

    /** “WARNING|FINE”: kinds the article gives one or the other of (处警告或者罚款), each group of two or more. */
    private List<Set<PenaltyKind>> alternatives(TsvFile.Row row, int item) {
        List<Set<PenaltyKind>> groups = new ArrayList<>();
        for (String part : row.get(5).split(",")) {
            if (!part.contains("|")) continue;
            Set<PenaltyKind> group = EnumSet.noneOf(PenaltyKind.class);
            for (String k : part.split("\\|")) {
                try {
                    group.add(PenaltyKind.valueOf(k.strip()));
                } catch (IllegalArgumentException e) {
                    return groups; // reported by kinds()
                }
            }
            if (group.size() < 2) problem(row.line(), item, "“|”连接的应是条文规定择一给予的两种以上处罚：“" + part + "”");
            else groups.add(Set.copyOf(group));
        }
        return List.copyOf(groups);
    }

    private List<PenaltyProvision.Fine> fines(TsvFile.Row row, int item, String cell, boolean seriousColumn) {
        List<PenaltyProvision.Fine> out = new ArrayList<>();
        if (cell.equals("NONE") || (seriousColumn && cell.equals("-"))) return out;
        for (String part : cell.split("\\|")) {
            String p = part.strip();
            PenaltyProvision.Fine.Tier when = null;
            Matcher w = WHEN.matcher(p);
            if (w.matches()) {
                p = w.group(1).strip();
                when = new PenaltyProvision.Fine.Tier(w.group(2), w.group(3), Double.parseDouble(w.group(4)));
            } else if (p.contains(" when ")) {
                problem(row.line(), item, "适用情形写法不合格式（when 基数<数额 / >= / > / =）：“" + part.strip() + "”");
            }
            Matcher y = YUAN.matcher(p);
            Matcher m = MULTIPLE.matcher(p);
            if (p.equals("UNKNOWN")) {
                out.add(new PenaltyProvision.Fine(PenaltyProvision.Fine.Form.UNSPECIFIED, 0, 0, "", when));
            } else if (y.matches()) {
                out.add(range(row, item, PenaltyProvision.Fine.Form.YUAN, y.group(1), y.group(2), "", when));
            } else if (m.matches()) {
                out.add(range(row, item, PenaltyProvision.Fine.Form.MULTIPLE, m.group(1), m.group(2), m.group(3), when));
            } else {
                problem(row.line(), item, "罚款写法不合格式（YUAN 下限-上限 / MULTIPLE 下限-上限 基数 / NONE / UNKNOWN）：“" + p + "”");
            }
        }
        return out;
    }

    private PenaltyProvision.Fine range(TsvFile.Row row, int item, PenaltyProvision.Fine.Form form, String lo, String hi, String base,
                                        PenaltyProvision.Fine.Tier when) {
        double min = Double.parseDouble(lo), max = Double.parseDouble(hi);
        if (min > max) problem(row.line(), item, "罚款下限大于上限：" + lo + "-" + hi);
        if (max <= 0) problem(row.line(), item, "罚款上限应大于零：" + lo + "-" + hi);
        return new PenaltyProvision.Fine(form, min, max, base, when);
    }

    /** 中华人民共和国消防法 is cited as such or as 消防法. */
    private static String shortName(String source) {
        return source.startsWith("中华人民共和国") ? source.substring("中华人民共和国".length()) : source;
    }

    private void problem(int line, int item, String message) {
        checks.problem(f, line, item, message);
    }
}
