package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks catalog/conduct-elements.tsv. */
final class ConductElementsReader {

    static final List<String> HEADER = List.of("序号", "要件", "确认词语", "说明");

    private final TsvFile f;
    private final DataChecks checks;

    ConductElementsReader(TsvFile f, DataChecks checks) {
        this.f = f;
        this.checks = checks;
    }

    /** A row that takes its words from another item's element, resolved once every row is read. */
    private record Reference(int item, int at, String label, String note, int other, String otherLabel, int line) {}

    /** A row whose words are another item's element: {@code =107:从事畜禽规模养殖}. */
    private static final java.util.regex.Pattern SAME_AS = java.util.regex.Pattern.compile("=(\\d+)[:：](.+)");

    ConductElements read(TownshipCatalogue catalogue, LegalParameters parameters) {
        checks.meta(f, "name");
        checks.meta(f, "version");
        List<String> denials = Arrays.stream(checks.meta(f, "denials").split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        List<String> adjacentDenials = Arrays.stream(checks.meta(f, "adjacent-denials").split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        List<String> contradictions = Arrays.stream(checks.meta(f, "contradictions").split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        java.util.regex.Pattern notFacts = regex("not-facts");
        java.util.regex.Pattern unfounded = regex("unfounded");
        java.util.regex.Pattern unknown = regex("unknown");
        java.util.regex.Pattern betweenUnits = regex("between-units");
        if (unknown != null && !unknown.pattern().contains("(?<" + ConductElements.UNKNOWN_DOER + ">")) {
            checks.problem(f, 0, 0, "“#@ unknown”须有名为 " + ConductElements.UNKNOWN_DOER + " 的一组（说不清是谁干的）");
            unknown = null;
        }
        Overlaps overlaps = overlaps(catalogue);
        if (!checks.header(f, HEADER.toArray(String[]::new))) return new ConductElements(Map.of(), denials, adjacentDenials, contradictions, notFacts, unfounded, unknown, betweenUnits, overlaps.rivals(), overlaps.prevailing());
        Map<Integer, List<ConductElements.Element>> out = new LinkedHashMap<>();
        List<Reference> references = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvFile.Row r : f.rows()) {
            Integer item = checks.itemNumber(f, r);
            if (item == null || !checks.columns(f, r, HEADER.size(), item)) continue;
            if (catalogue.item(item).isEmpty()) {
                checks.problem(f, r.line(), item, "清单中没有第 " + item + " 项");
                continue;
            }
            String label = r.get(1).strip();
            if (label.isEmpty()) checks.problem(f, r.line(), item, "要件不能为空");
            if (!seen.add(item + "\t" + label)) checks.problem(f, r.line(), item, "同一事项的要件重复：“" + label + "”");
            // =107:从事畜禽规模养殖: the same words as another item's element, written once there
            java.util.regex.Matcher ref = SAME_AS.matcher(r.get(2).strip());
            if (ref.matches()) {
                List<ConductElements.Element> list = out.computeIfAbsent(item, k -> new ArrayList<>());
                references.add(new Reference(item, list.size(), label, r.get(3).strip(), Integer.parseInt(ref.group(1)), ref.group(2).strip(), r.line()));
                list.add(null);
                continue;
            }
            List<String> words = Arrays.stream(r.get(2).split("\\|")).map(String::strip).toList();
            if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
                checks.problem(f, r.line(), item, "确认词语以“|”分隔，不能有空词：“" + r.get(2) + "”");
                continue;
            }
            if (new HashSet<>(words).size() != words.size()) checks.problem(f, r.line(), item, "确认词语有重复：“" + r.get(2) + "”");
            // #age.elderly.from: a bound whose figure is a legal parameter (an age, a quantity)
            ConductElements.Bound bound = null;
            List<ConductElements.Reach> reaches = new ArrayList<>();
            for (String w : words.stream().filter(w -> w.startsWith("#")).toList()) {
                String key = w.substring(1);
                var p = parameters.all().stream().filter(x -> x.key().equals(key)).reduce((a, b) -> b);
                // #road.building-control-zone.county.min: the least reach of a zone by a road of that class
                if (p.isPresent() && p.get().unit().equals("米")) {
                    String road = ConductElements.Reach.roadOf(key);
                    if (road == null || !key.endsWith(".min")) {
                        checks.problem(f, r.line(), item, "距离界限“" + w + "”须以 .min 结尾，倒数第二段写公路等级（"
                                + String.join("、", new java.util.TreeSet<>(ConductElements.Reach.ROADS.keySet())) + "）");
                        continue;
                    }
                    reaches.add(new ConductElements.Reach(road, p.get().value()));
                    continue;
                }
                String kind = p.map(x -> ConductElements.Bound.UNITS.get(x.unit())).orElse(null);
                if (kind == null || !(key.endsWith(".from") || key.endsWith(".below") || key.endsWith(".max"))) {
                    checks.problem(f, r.line(), item, "年龄界限或用量界限“" + w + "”须是法定数额与期限表中以"
                            + String.join("或", ConductElements.Bound.UNITS.keySet().stream().sorted().map(u -> "“" + u + "”").toList())
                            + "计、以 .from、.below 或 .max 结尾的一项");
                    continue;
                }
                int figure = (int) p.get().value();
                String basis = "《" + p.get().source() + "》" + p.get().provision();
                String unit = p.get().unit();
                bound = key.endsWith(".from") ? new ConductElements.Bound(key, unit, figure, Integer.MAX_VALUE, basis)
                        : new ConductElements.Bound(key, unit, 0, key.endsWith(".max") ? figure + 1 : figure, basis);
            }
            words = words.stream().filter(w -> !w.startsWith("#")).toList();
            List<String> contrary = words.stream().filter(w -> w.startsWith("!")).map(w -> w.substring(1)).toList();
            List<String> doubts = words.stream().filter(w -> w.startsWith("?")).map(w -> w.substring(1)).toList();
            List<String> confirming = words.stream().filter(w -> !w.startsWith("!") && !w.startsWith("?")).toList();
            if (confirming.isEmpty() || contrary.stream().anyMatch(String::isEmpty) || doubts.stream().anyMatch(String::isEmpty)) {
                checks.problem(f, r.line(), item, "要件须有确认词语，“!”“?”后须写相反或存疑的词语：“" + r.get(2) + "”");
                continue;
            }
            out.computeIfAbsent(item, k -> new ArrayList<>())
                    .add(new ConductElements.Element(item, label, confirming, contrary, doubts, r.get(3).strip(), bound, List.copyOf(reaches)));
        }
        for (Reference x : references) {
            var target = out.getOrDefault(x.other(), List.of()).stream()
                    .filter(e -> e != null && e.label().equals(x.otherLabel())).findFirst();
            if (target.isEmpty()) {
                checks.problem(f, x.line(), x.item(), "引用的要件不存在（或本身也是引用）：第 " + x.other() + " 项“" + x.otherLabel() + "”");
                continue;
            }
            var e = target.get();
            out.get(x.item()).set(x.at(), new ConductElements.Element(x.item(), x.label(), e.words(), e.contrary(), e.doubts(), x.note(), e.bound(), e.reaches()));
        }
        out.values().forEach(l -> l.removeIf(java.util.Objects::isNull));
        // A penalty item is answered 可以 only on its named conduct, so each must say what that is.
        for (CatalogueItem i : catalogue.items()) {
            if (i.type() == PowerType.PENALTY && !out.containsKey(i.id())) {
                checks.problem(f, 0, i.id(), "行政处罚事项须列明行为要件：第 " + i.id() + " 项");
            }
        }
        return new ConductElements(new HashMap<>(out), denials, adjacentDenials, contradictions, notFacts, unfounded, unknown, betweenUnits, overlaps.rivals(), overlaps.prevailing());
    }

    private java.util.regex.Pattern regex(String key) {
        try {
            return java.util.regex.Pattern.compile(checks.meta(f, key));
        } catch (java.util.regex.PatternSyntaxException e) {
            checks.problem(f, f.metadataLine(key), 0, "#@ " + key + " 不是有效的正则表达式：" + e.getDescription());
            return null;
        }
    }

    /**
     * Items whose articles both govern one conduct (法条竞合): {@code rivals}, each with the others ({@code A=B}, both ways);
     * {@code prevailing}, for an item, those answered instead of it ({@code A>B}: B to A).
     */
    private record Overlaps(Map<Integer, Set<Integer>> rivals, Map<Integer, Set<Integer>> prevailing) {}

    /** {@code #@ overlaps: 105>111|99=120}. */
    private Overlaps overlaps(TownshipCatalogue catalogue) {
        Map<Integer, Set<Integer>> rivals = new HashMap<>();
        Map<Integer, Set<Integer>> prevailing = new HashMap<>();
        String line = checks.meta(f, "overlaps");
        if (line != null && !line.isBlank()) {
            for (String pair : line.split("\\|")) {
                java.util.regex.Matcher m = OVERLAP.matcher(pair.strip());
                int a = m.matches() ? Integer.parseInt(m.group(1)) : 0;
                int b = a == 0 ? 0 : Integer.parseInt(m.group(3));
                if (a == 0 || a == b || catalogue.item(a).isEmpty() || catalogue.item(b).isEmpty()) {
                    checks.problem(f, 0, 0, "“#@ overlaps”的每一项应写作“序号=序号”或“序号>序号”，两项不同且都在清单中：“" + pair.strip() + "”");
                } else if (m.group(2).equals("=")) {
                    rivals.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    rivals.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                } else {
                    prevailing.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        }
        return new Overlaps(frozen(rivals), frozen(prevailing));
    }

    private static final java.util.regex.Pattern OVERLAP = java.util.regex.Pattern.compile("(\\d+)\\s*([=>])\\s*(\\d+)");

    private static Map<Integer, Set<Integer>> frozen(Map<Integer, Set<Integer>> m) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }
}
