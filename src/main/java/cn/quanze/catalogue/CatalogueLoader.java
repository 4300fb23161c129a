package cn.quanze.catalogue;

import cn.quanze.citation.CitationParser;
import cn.quanze.citation.ParseResult;
import cn.quanze.issuers.Issuer;
import cn.quanze.issuers.IssuerList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads catalog/ and checks every invariant before anything is served. Problems are collected,
 * not thrown one by one, so a clerk sees them all; any problem refuses the whole data set.
 */
public final class CatalogueLoader {

    public static final String CATALOGUE = "township-powers-2023.tsv";
    public static final String OVERRIDES = "township-powers-2023.overrides.tsv";
    public static final String ISSUERS = "issuers-2023.tsv";
    public static final String BODIES = "bodies.tsv";
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String SYNONYMS = "synonyms.tsv";
    public static final String REVISIONS = "later-revisions.tsv";
    public static final String PENALTY_PROVISIONS = "penalty-provisions.tsv";
    public static final String PARAMETERS = "legal-parameters.tsv";
    public static final String VOCABULARY = "vocabulary.tsv";
    private static final List<String> FILES = List.of(CATALOGUE, OVERRIDES, ISSUERS, BODIES, GAZETTEER, SYNONYMS, REVISIONS,
            PENALTY_PROVISIONS, PARAMETERS, VOCABULARY);

    private final List<LintProblem> problems = new ArrayList<>();

    private CatalogueLoader() {}

    /** Loads and validates; throws {@link CatalogueException} listing every problem. */
    public static Dataset load(Path dir) {
        CatalogueLoader loader = new CatalogueLoader();
        Dataset d = loader.read(dir);
        if (!loader.problems.isEmpty()) throw new CatalogueException(loader.problems);
        Vocabulary.use(d.vocabulary());
        return d;
    }

    /** Validates only: every problem found, empty when the data is sound. */
    public static List<LintProblem> lint(Path dir) {
        CatalogueLoader loader = new CatalogueLoader();
        try {
            loader.read(dir);
        } catch (CatalogueException e) {
            loader.problems.addAll(e.problems());
        }
        return List.copyOf(loader.problems);
    }

    /** The catalog/ folder: -Dquanze.catalog, else $QUANZE_HOME/catalog, else ./catalog. */
    public static Path defaultDirectory() {
        String explicit = System.getProperty("quanze.catalog");
        if (explicit != null) return Path.of(explicit);
        String home = System.getProperty("quanze.home", System.getenv().getOrDefault("QUANZE_HOME", "."));
        return Path.of(home, "catalog");
    }

    private Dataset read(Path dir) {
        Map<String, TsvFile> files = new HashMap<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                problems.add(new LintProblem(f, 0, 0, "缺少数据文件 catalog/" + f));
                continue;
            }
            try {
                files.put(f, TsvFile.read(p));
            } catch (CatalogueException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new CatalogueException(problems);

        Vocabulary vocabulary = Vocabulary.read(files.get(VOCABULARY), problems);
        if (!problems.isEmpty()) throw new CatalogueException(problems);
        List<Body> bodyList = readBodies(files.get(BODIES));
        BodyDirectory bodies = new BodyDirectory(bodyList);
        TownshipCatalogue catalogue = readCatalogue(files.get(CATALOGUE), files.get(OVERRIDES), vocabulary);
        IssuerList issuers = readIssuers(files.get(ISSUERS), bodies);
        Gazetteer gazetteer = readGazetteer(files.get(GAZETTEER), bodyList);
        Synonyms synonyms = readSynonyms(files.get(SYNONYMS));
        List<Revision> revisions = readRevisions(files.get(REVISIONS), catalogue);
        PenaltyProvisions penalties = new PenaltyProvisionsReader(files.get(PENALTY_PROVISIONS), problems).read(catalogue);
        LegalParameters parameters = new LegalParametersReader(files.get(PARAMETERS), problems).read();
        return new Dataset(catalogue, issuers, bodies, gazetteer, synonyms, revisions, penalties, parameters, vocabulary, sha256(files));
    }

    private static String sha256(Map<String, TsvFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(files.get(f).bytes());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(TsvFile f, int line, int item, String message) {
        problems.add(new LintProblem(f.fileName(), line, item, message));
    }

    private boolean header(TsvFile f, String... expected) {
        if (!f.header().equals(Arrays.asList(expected))) {
            problem(f, f.headerLine(), 0, "表头应为 " + String.join(" | ", expected) + "，实为 " + String.join(" | ", f.header()));
            return false;
        }
        return true;
    }

    /** The 序号 in the row's first column, or null (with a problem recorded) when it is not a number. */
    private Integer itemNumber(TsvFile f, TsvFile.Row row) {
        try {
            return Integer.parseInt(row.get(0));
        } catch (NumberFormatException e) {
            problem(f, row.line(), 0, "序号不是数字：“" + row.get(0) + "”");
            return null;
        }
    }

    private boolean columns(TsvFile f, TsvFile.Row row, int n, int item) {
        if (row.cells().size() != n) {
            problem(f, row.line(), item, "应有 " + n + " 列（以制表符分隔），实有 " + row.cells().size() + " 列");
            return false;
        }
        return true;
    }

    private String meta(TsvFile f, String key) {
        String v = f.metadata().get(key);
        if (v == null || v.isBlank()) {
            problem(f, 0, 0, "缺少元数据 #@ " + key);
            return "";
        }
        return v;
    }

    /** A {@code #@} date header: present and a real YYYY-MM-DD date (the rules compare days against it). */
    private String metaDate(TsvFile f, String key) {
        String v = meta(f, key);
        if (v.isEmpty()) return v;
        try {
            java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            problem(f, f.metadataLine(key), 0, "元数据 #@ " + key + " 的值“" + v + "”不是 YYYY-MM-DD 格式的日期");
        }
        return v;
    }

    /** A {@code #@} count header (items, entries): a non-negative whole number, else -1 with a problem. */
    private int metaCount(TsvFile f, String key) {
        String v = f.metadata().get(key);
        if (v == null) {
            problem(f, 0, 0, "缺少元数据 #@ " + key);
            return -1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(f, f.metadataLine(key), 0, "元数据 #@ " + key + " 的值“" + v + "”不是非负整数");
        return -1;
    }

    private TownshipCatalogue readCatalogue(TsvFile f, TsvFile overridesFile, Vocabulary vocabulary) {
        String name = meta(f, "name"), document = meta(f, "document"), date = metaDate(f, "date"), version = meta(f, "version");
        header(f, "序号", "职权类型", "职权名称", "职权依据");
        Map<Integer, Map<String, TsvFile.Row>> overrides = readOverrides(overridesFile);
        List<CatalogueItem> items = new ArrayList<>();
        Map<PowerType, Integer> counts = new EnumMap<>(PowerType.class);
        int expected = 1;
        for (TsvFile.Row row : f.rows()) {
            Integer id = itemNumber(f, row);
            if (id == null) continue;
            if (!columns(f, row, 4, id)) continue;
            if (id != expected) {
                problem(f, row.line(), id, id < expected ? "序号重复或倒序（应为 " + expected + "）"
                        : "序号不连续：缺少第 " + expected + (id - 1 > expected ? "–" + (id - 1) : "") + " 项");
            }
            expected = id + 1;
            PowerType type = vocabulary.powerType(row.get(1)).orElse(null);
            if (type == null) {
                problem(f, row.line(), id, "职权类型“" + row.get(1) + "”不是公报所列九类之一");
                continue;
            }
            counts.merge(type, 1, Integer::sum);
            String itemName = row.get(2), basisText = row.get(3);
            if (itemName.isEmpty()) problem(f, row.line(), id, "职权名称为空");
            if (basisText.isEmpty()) problem(f, row.line(), id, "职权依据为空");
            ParseResult parsed = CitationParser.parse(basisText);
            if (parsed.citations().isEmpty()) problem(f, row.line(), id, "职权依据中没有可识别的引用");
            for (String p : parsed.problems()) problem(f, row.line(), id, "职权依据无法完整解析：" + p);

            Map<String, TsvFile.Row> ov = overrides.getOrDefault(id, Map.of());
            Set<Act> acts = ov.containsKey("acts") ? parseActs(overridesFile, ov.get("acts"), id) : ItemDerivation.acts(itemName, vocabulary);
            if (acts.isEmpty()) problem(f, row.line(), id, "无法从职权名称推出行为，请在 " + OVERRIDES + " 中写明 acts");
            String decidedBy = ov.containsKey("decidedBy") ? ov.get("decidedBy").get(2) : "";
            List<ItemCondition> conditions = new ArrayList<>(ItemDerivation.conditions(itemName));
            if (ov.containsKey("conditions")) conditions.addAll(parseConditions(overridesFile, ov.get("conditions"), id));
            items.add(new CatalogueItem(id, type, itemName, basisText, parsed.citations(), acts,
                    List.copyOf(conditions), ItemDerivation.exclusions(itemName), decidedBy,
                    ov.containsKey("basisNote") ? ov.get("basisNote").get(2) : "", row.line()));
        }
        int total = metaCount(f, "items");
        if (total >= 0 && items.size() != total) {
            problem(f, f.metadataLine("items"), 0, "应有 " + total + " 项（#@ items），实读到 " + items.size() + " 项");
        }
        for (PowerType t : PowerType.values()) {
            int n = counts.getOrDefault(t, 0);
            if (n != t.publishedCount()) {
                problem(f, 0, 0, "职权类型“" + vocabulary.label(t) + "”公报所列 " + t.publishedCount() + " 项，数据中为 " + n + " 项");
            }
        }
        for (Integer id : overrides.keySet()) {
            if (id < 1 || id > items.size()) problem(overridesFile, 0, id, "更正所指的事项不存在");
        }
        return new TownshipCatalogue(name, document, date, version, items);
    }

    private Map<Integer, Map<String, TsvFile.Row>> readOverrides(TsvFile f) {
        meta(f, "version");
        header(f, "序号", "属性", "值", "理由");
        Map<Integer, Map<String, TsvFile.Row>> out = new HashMap<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 4, 0)) continue;
            Integer id = itemNumber(f, row);
            if (id == null) continue;
            if (!Set.of("acts", "decidedBy", "conditions", "basisNote").contains(row.get(1))) {
                problem(f, row.line(), id, "未知属性“" + row.get(1) + "”（可用：acts、decidedBy、conditions、basisNote）");
            } else if (row.get(3).isEmpty()) {
                problem(f, row.line(), id, "更正必须写明理由");
            } else if (out.computeIfAbsent(id, k -> new HashMap<>()).put(row.get(1), row) != null) {
                problem(f, row.line(), id, "同一属性重复更正");
            }
        }
        return out;
    }

    /** Conditions the cited provision sets beyond the item's words; only the kinds no name can carry. */
    private List<ItemCondition> parseConditions(TsvFile f, TsvFile.Row row, int id) {
        List<ItemCondition> out = new ArrayList<>();
        for (String s : row.get(2).split(",")) {
            try {
                ConditionKind k = ConditionKind.valueOf(s.strip());
                if (k.phrase() != null) problem(f, row.line(), id, "条件“" + k + "”由职权名称推出，不在此更正");
                else out.add(new ItemCondition(k, ""));
            } catch (IllegalArgumentException e) {
                problem(f, row.line(), id, "未知条件“" + s.strip() + "”");
            }
        }
        return out;
    }

    private Set<Act> parseActs(TsvFile f, TsvFile.Row row, int id) {
        Set<Act> acts = new LinkedHashSet<>();
        for (String s : row.get(2).split(",")) {
            try {
                acts.add(Act.valueOf(s.strip()));
            } catch (IllegalArgumentException e) {
                problem(f, row.line(), id, "未知行为“" + s.strip() + "”");
            }
        }
        return acts;
    }

    private IssuerList readIssuers(TsvFile f, BodyDirectory bodies) {
        String name = meta(f, "name"), document = meta(f, "document"), date = metaDate(f, "date"), version = meta(f, "version");
        header(f, "类别", "公布编号", "类别名称", "序号", "名称", "垂直管理");
        List<Issuer> issuers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 6, 0)) continue;
            int category, seq;
            try {
                category = Integer.parseInt(row.get(0));
                seq = Integer.parseInt(row.get(3));
            } catch (NumberFormatException e) {
                problem(f, row.line(), 0, "类别或序号不是数字");
                continue;
            }
            if (category < 1 || category > 7) problem(f, row.line(), 0, "类别应为 1–7");
            boolean vertical = row.get(5).equals("是");
            if (!vertical && !row.get(5).equals("否")) problem(f, row.line(), 0, "垂直管理一栏应为“是”或“否”");
            if (vertical != (category == 7)) problem(f, row.line(), 0, "垂直管理单位即第7类（原文“六、其他单位”）");
            if (!names.add(row.get(4))) problem(f, row.line(), 0, "制定主体重复：" + row.get(4));
            if (bodies.byName(row.get(4)).isEmpty()) {
                problem(f, row.line(), 0, "制定主体“" + row.get(4) + "”不在 " + BODIES + " 中");
            }
            issuers.add(new Issuer(category, row.get(1), row.get(2), seq, row.get(4), vertical, row.line()));
        }
        int declared = metaCount(f, "entries");
        if (declared >= 0 && declared != issuers.size()) {
            problem(f, f.metadataLine("entries"), 0, "应有 " + declared + " 个制定主体（#@ entries），实读到 " + issuers.size() + " 个");
        }
        IssuerList.Rules rules = new IssuerList.Rules(meta(f, "rule.unlisted"), meta(f, "rule.procedure"),
                meta(f, "rule.vertical"), meta(f, "rule.dynamic"));
        return new IssuerList(name, document, date, version, issuers, rules);
    }

    private List<Body> readBodies(TsvFile f) {
        meta(f, "version");
        header(f, "名称", "类型", "上级", "简称和别名", "公报行号");
        List<Body> bodies = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 5, 0)) continue;
            BodyKind kind = BodyKind.fromCode(row.get(1)).orElse(null);
            if (kind == null) {
                problem(f, row.line(), 0, "未知机构类型“" + row.get(1) + "”");
                continue;
            }
            List<String> aliases = bars(row.get(3));
            String name = row.get(0);
            for (String key : concat(name, aliases)) {
                String prev = owner.putIfAbsent(BodyDirectory.key(key), name);
                if (prev != null) {
                    problem(f, row.line(), 0, prev.equals(name) ? "别名“" + key + "”与本机构的名称或其他别名重复"
                            : "名称或别名“" + key + "”重复（已属于“" + prev + "”）");
                }
            }
            bodies.add(new Body(name, kind, row.get(2), aliases, row.line()));
        }
        Set<String> names = new HashSet<>();
        bodies.forEach(b -> names.add(b.name()));
        for (Body b : bodies) {
            if (!b.parent().isEmpty() && !names.contains(b.parent())) {
                problem(f, b.line(), 0, "上级机构“" + b.parent() + "”不在本文件中");
            }
            if (b.kind() == BodyKind.INTERNAL_UNIT && b.parent().isEmpty()) {
                problem(f, b.line(), 0, "内设或派出机构须写明上级机构");
            }
        }
        return bodies;
    }

    /** A cell of |-separated words (aliases, synonyms). */
    private static List<String> bars(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(first);
        l.addAll(rest);
        return l;
    }

    private Gazetteer readGazetteer(TsvFile f, List<Body> bodies) {
        meta(f, "version");
        header(f, "乡镇", "名称", "类型", "别名", "公报行号");
        Set<String> townships = new LinkedHashSet<>();
        for (Body b : bodies) {
            if (b.kind() == BodyKind.TOWNSHIP_GOVERNMENT) townships.add(b.shortTownshipName());
        }
        Set<String> areas = new HashSet<>(townships);
        areas.add("驼梁风景区");
        List<Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 5, 0)) continue;
            if (!areas.contains(row.get(0))) problem(f, row.line(), 0, "乡镇“" + row.get(0) + "”不是本县的乡镇");
            if (!seen.add(row.get(0) + "/" + row.get(1))) problem(f, row.line(), 0, "同一乡镇下重复：" + row.get(1));
            List<String> aliases = bars(row.get(3));
            places.add(new Place(row.get(0), row.get(1), row.get(2), aliases, row.line()));
        }
        return new Gazetteer(places, townships);
    }

    private List<Revision> readRevisions(TsvFile f, TownshipCatalogue catalogue) {
        meta(f, "version");
        header(f, "所引名称", "清单所引版本", "新版本", "施行日期", "条文对应", "核实");
        List<Revision> out = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 6, 0)) continue;
            java.time.LocalDate inForce;
            try {
                inForce = java.time.LocalDate.parse(row.get(3));
            } catch (java.time.format.DateTimeParseException e) {
                problem(f, row.line(), 0, "施行日期应为 YYYY-MM-DD：“" + row.get(3) + "”");
                continue;
            }
            if (!Set.of("是", "否").contains(row.get(5))) problem(f, row.line(), 0, "核实一栏应为“是”或“否”");
            Set<Integer> items = new java.util.TreeSet<>();
            for (CatalogueItem i : catalogue.items()) {
                if (i.basis().stream().anyMatch(c -> c.source().equals(row.get(0)))) items.add(i.id());
            }
            if (items.isEmpty()) problem(f, row.line(), 0, "清单中没有事项引用《" + row.get(0) + "》（书名须与清单引用完全一致）");
            out.add(new Revision(row.get(0), row.get(1), row.get(2), inForce, row.get(4), row.get(5).equals("是"), items, row.line()));
        }
        return out;
    }

    private Synonyms readSynonyms(TsvFile f) {
        meta(f, "version");
        header(f, "法定用语", "口语和近义说法");
        List<List<String>> groups = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            if (!columns(f, row, 2, 0)) continue;
            List<String> g = new ArrayList<>();
            g.add(row.get(0));
            g.addAll(bars(row.get(1)));
            if (g.size() < 2) problem(f, row.line(), 0, "同义词组至少要有两个词");
            groups.add(g);
        }
        return new Synonyms(groups);
    }
}
