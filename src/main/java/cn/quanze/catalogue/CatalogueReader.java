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

/** Reads the township catalogue and its per-item corrections (overrides), deriving acts, conditions and exclusions. */
final class CatalogueReader {

    private final DataChecks checks;

    CatalogueReader(DataChecks checks) {
        this.checks = checks;
    }

    TownshipCatalogue readCatalogue(TsvFile f, TsvFile overridesFile, Vocabulary vocabulary) {
        String name = checks.meta(f, "name"), document = checks.meta(f, "document"), date = checks.metaDate(f, "date"), version = checks.meta(f, "version");
        checks.header(f, "序号", "职权类型", "职权名称", "职权依据");
        Map<Integer, Map<String, TsvFile.Row>> overrides = readOverrides(overridesFile);
        List<CatalogueItem> items = new ArrayList<>();
        Map<PowerType, Integer> counts = new EnumMap<>(PowerType.class);
        int expected = 1;
        for (TsvFile.Row row : f.rows()) {
            Integer id = checks.itemNumber(f, row);
            if (id == null) continue;
            if (!checks.columns(f, row, 4, id)) continue;
            if (id != expected) {
                checks.problem(f, row.line(), id, id < expected ? "序号重复或倒序（应为 " + expected + "）"
                        : "序号不连续：缺少第 " + expected + (id - 1 > expected ? "–" + (id - 1) : "") + " 项");
            }
            expected = id + 1;
            PowerType type = vocabulary.powerType(row.get(1)).orElse(null);
            if (type == null) {
                checks.problem(f, row.line(), id, "职权类型“" + row.get(1) + "”不是公报所列九类之一");
                continue;
            }
            counts.merge(type, 1, Integer::sum);
            String itemName = row.get(2), basisText = row.get(3);
            if (itemName.isEmpty()) checks.problem(f, row.line(), id, "职权名称为空");
            if (basisText.isEmpty()) checks.problem(f, row.line(), id, "职权依据为空");
            ParseResult parsed = CitationParser.parse(basisText);
            if (parsed.citations().isEmpty()) checks.problem(f, row.line(), id, "职权依据中没有可识别的引用");
            for (String p : parsed.problems()) checks.problem(f, row.line(), id, "职权依据无法完整解析：" + p);

            Map<String, TsvFile.Row> ov = overrides.getOrDefault(id, Map.of());
            Set<Act> acts = ov.containsKey("acts") ? parseActs(overridesFile, ov.get("acts"), id) : ItemDerivation.acts(itemName, vocabulary);
            if (acts.isEmpty()) checks.problem(f, row.line(), id, "无法从职权名称推出行为，请在 " + CatalogueLoader.OVERRIDES + " 中写明 acts");
            String decidedBy = ov.containsKey("decidedBy") ? ov.get("decidedBy").get(2) : "";
            List<ItemCondition> conditions = new ArrayList<>(ItemDerivation.conditions(itemName));
            if (ov.containsKey("conditions")) conditions.addAll(parseConditions(overridesFile, ov.get("conditions"), id));
            items.add(new CatalogueItem(id, type, itemName, basisText, parsed.citations(), acts,
                    List.copyOf(conditions), ItemDerivation.exclusions(itemName), decidedBy,
                    ov.containsKey("basisNote") ? ov.get("basisNote").get(2) : "",
                    ov.containsKey("villageDuty") ? ov.get("villageDuty").get(2) : "", row.line()));
        }
        int total = checks.metaCount(f, "items");
        if (total >= 0 && items.size() != total) {
            checks.problem(f, f.metadataLine("items"), 0, "应有 " + total + " 项（#@ items），实读到 " + items.size() + " 项");
        }
        for (PowerType t : PowerType.values()) {
            int n = counts.getOrDefault(t, 0);
            if (n != t.publishedCount()) {
                checks.problem(f, 0, 0, "职权类型“" + vocabulary.label(t) + "”公报所列 " + t.publishedCount() + " 项，数据中为 " + n + " 项");
            }
        }
        for (Integer id : overrides.keySet()) {
            if (id < 1 || id > items.size()) checks.problem(overridesFile, 0, id, "更正所指的事项不存在");
        }
        return new TownshipCatalogue(name, document, date, version, items);
    }

    private Map<Integer, Map<String, TsvFile.Row>> readOverrides(TsvFile f) {
        checks.meta(f, "version");
        checks.header(f, "序号", "属性", "值", "理由");
        Map<Integer, Map<String, TsvFile.Row>> out = new HashMap<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 4, 0)) continue;
            Integer id = checks.itemNumber(f, row);
            if (id == null) continue;
            if (!Set.of("acts", "decidedBy", "conditions", "basisNote", "villageDuty").contains(row.get(1))) {
                checks.problem(f, row.line(), id, "未知属性“" + row.get(1) + "”（可用：acts、decidedBy、conditions、basisNote、villageDuty）");
            } else if (row.get(3).isEmpty()) {
                checks.problem(f, row.line(), id, "更正必须写明理由");
            } else if (out.computeIfAbsent(id, k -> new HashMap<>()).put(row.get(1), row) != null) {
                checks.problem(f, row.line(), id, "同一属性重复更正");
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
                if (k.phrase() != null) checks.problem(f, row.line(), id, "条件“" + k + "”由职权名称推出，不在此更正");
                else out.add(new ItemCondition(k, ""));
            } catch (IllegalArgumentException e) {
                checks.problem(f, row.line(), id, "未知条件“" + s.strip() + "”");
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
                checks.problem(f, row.line(), id, "未知行为“" + s.strip() + "”");
            }
        }
        return acts;
    }
}
