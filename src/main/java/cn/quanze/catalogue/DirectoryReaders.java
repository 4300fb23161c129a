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

/** Reads the bodies, the issuer list, the gazetteer, the synonyms and the later revisions. */
final class DirectoryReaders {

    private final DataChecks checks;

    DirectoryReaders(DataChecks checks) {
        this.checks = checks;
    }

    IssuerList readIssuers(TsvFile f, BodyDirectory bodies) {
        String name = checks.meta(f, "name"), document = checks.meta(f, "document"), date = checks.metaDate(f, "date"), version = checks.meta(f, "version");
        checks.header(f, "类别", "公布编号", "类别名称", "序号", "名称", "垂直管理");
        List<Issuer> issuers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 6, 0)) continue;
            int category, seq;
            try {
                category = Integer.parseInt(row.get(0));
                seq = Integer.parseInt(row.get(3));
            } catch (NumberFormatException e) {
                checks.problem(f, row.line(), 0, "类别或序号不是数字");
                continue;
            }
            if (category < 1 || category > 7) checks.problem(f, row.line(), 0, "类别应为 1–7");
            boolean vertical = row.get(5).equals("是");
            if (!vertical && !row.get(5).equals("否")) checks.problem(f, row.line(), 0, "垂直管理一栏应为“是”或“否”");
            if (vertical != (category == 7)) checks.problem(f, row.line(), 0, "垂直管理单位即第7类（原文“六、其他单位”）");
            if (!names.add(row.get(4))) checks.problem(f, row.line(), 0, "制定主体重复：" + row.get(4));
            if (bodies.byName(row.get(4)).isEmpty()) {
                checks.problem(f, row.line(), 0, "制定主体“" + row.get(4) + "”不在 " + CatalogueLoader.BODIES + " 中");
            }
            issuers.add(new Issuer(category, row.get(1), row.get(2), seq, row.get(4), vertical, row.line()));
        }
        int declared = checks.metaCount(f, "entries");
        if (declared >= 0 && declared != issuers.size()) {
            checks.problem(f, f.metadataLine("entries"), 0, "应有 " + declared + " 个制定主体（#@ entries），实读到 " + issuers.size() + " 个");
        }
        IssuerList.Rules rules = new IssuerList.Rules(checks.meta(f, "rule.unlisted"), checks.meta(f, "rule.procedure"),
                checks.meta(f, "rule.vertical"), checks.meta(f, "rule.dynamic"));
        return new IssuerList(name, document, date, version, issuers, rules);
    }

    List<Body> readBodies(TsvFile f) {
        checks.meta(f, "version");
        checks.header(f, "名称", "类型", "上级", "简称和别名", "公报行号");
        List<Body> bodies = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 5, 0)) continue;
            BodyKind kind = BodyKind.fromCode(row.get(1)).orElse(null);
            if (kind == null) {
                checks.problem(f, row.line(), 0, "未知机构类型“" + row.get(1) + "”");
                continue;
            }
            List<String> aliases = bars(row.get(3));
            String name = row.get(0);
            for (String key : concat(name, aliases)) {
                String prev = owner.putIfAbsent(BodyDirectory.key(key), name);
                if (prev != null) {
                    checks.problem(f, row.line(), 0, prev.equals(name) ? "别名“" + key + "”与本机构的名称或其他别名重复"
                            : "名称或别名“" + key + "”重复（已属于“" + prev + "”）");
                }
            }
            bodies.add(new Body(name, kind, row.get(2), aliases, row.line()));
        }
        Set<String> names = new HashSet<>();
        bodies.forEach(b -> names.add(b.name()));
        for (Body b : bodies) {
            if (!b.parent().isEmpty() && !names.contains(b.parent())) {
                checks.problem(f, b.line(), 0, "上级机构“" + b.parent() + "”不在本文件中");
            }
            if (b.kind() == BodyKind.INTERNAL_UNIT && b.parent().isEmpty()) {
                checks.problem(f, b.line(), 0, "内设或派出机构须写明上级机构");
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

    Gazetteer readGazetteer(TsvFile f, List<Body> bodies) {
        checks.meta(f, "version");
        checks.header(f, "乡镇", "名称", "类型", "别名", "公报行号");
        Set<String> townships = new LinkedHashSet<>();
        for (Body b : bodies) {
            if (b.kind() == BodyKind.TOWNSHIP_GOVERNMENT) townships.add(b.shortTownshipName());
        }
        Set<String> areas = new HashSet<>(townships);
        areas.add("驼梁风景区");
        List<Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 5, 0)) continue;
            if (!areas.contains(row.get(0))) checks.problem(f, row.line(), 0, "乡镇“" + row.get(0) + "”不是本县的乡镇");
            if (!seen.add(row.get(0) + "/" + row.get(1))) checks.problem(f, row.line(), 0, "同一乡镇下重复：" + row.get(1));
            List<String> aliases = bars(row.get(3));
            places.add(new Place(row.get(0), row.get(1), row.get(2), aliases, row.line()));
        }
        return new Gazetteer(places, townships);
    }

    List<Revision> readRevisions(TsvFile f, TownshipCatalogue catalogue) {
        checks.meta(f, "version");
        checks.header(f, "所引名称", "清单所引版本", "新版本", "施行日期", "条文对应", "核实");
        List<Revision> out = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 6, 0)) continue;
            java.time.LocalDate inForce;
            try {
                inForce = java.time.LocalDate.parse(row.get(3));
            } catch (java.time.format.DateTimeParseException e) {
                checks.problem(f, row.line(), 0, "施行日期应为 YYYY-MM-DD：“" + row.get(3) + "”");
                continue;
            }
            if (!Set.of("是", "否").contains(row.get(5))) checks.problem(f, row.line(), 0, "核实一栏应为“是”或“否”");
            Set<Integer> items = new java.util.TreeSet<>();
            for (CatalogueItem i : catalogue.items()) {
                if (i.basis().stream().anyMatch(c -> c.source().equals(row.get(0)))) items.add(i.id());
            }
            if (items.isEmpty()) checks.problem(f, row.line(), 0, "清单中没有事项引用《" + row.get(0) + "》（书名须与清单引用完全一致）");
            out.add(new Revision(row.get(0), row.get(1), row.get(2), inForce, row.get(4), row.get(5).equals("是"), items, row.line()));
        }
        return out;
    }

    /** catalog/misheard.tsv: each wrong writing compiles, names no item, and its right word is not itself wrong. */
    Misheard readMisheard(TsvFile f, TownshipCatalogue catalogue) {
        checks.meta(f, "version");
        checks.header(f, "误写", "正写", "说明");
        List<Misheard.Correction> out = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 3, 0)) continue;
            java.util.regex.Pattern wrong;
            try {
                wrong = java.util.regex.Pattern.compile(row.get(0));
            } catch (java.util.regex.PatternSyntaxException e) {
                checks.problem(f, row.line(), 0, "误写不是有效的正则表达式：" + e.getDescription());
                continue;
            }
            String right = row.get(1);
            if (right.isBlank()) checks.problem(f, row.line(), 0, "缺少正写");
            if (wrong.matcher(right).find()) checks.problem(f, row.line(), 0, "正写“" + right + "”本身含有误写，改正会反复进行");
            for (CatalogueItem item : catalogue.items()) {
                if (wrong.matcher(item.name()).find()) {
                    checks.problem(f, row.line(), item.id(), "误写“" + row.get(0) + "”出现在第" + item.id() + "项名称中，不能当作错字改");
                }
            }
            out.add(new Misheard.Correction(wrong, right));
        }
        return new Misheard(out);
    }

    Synonyms readSynonyms(TsvFile f) {
        checks.meta(f, "version");
        checks.header(f, "法定用语", "口语和近义说法");
        List<List<String>> groups = new ArrayList<>();
        for (TsvFile.Row row : f.rows()) {
            if (!checks.columns(f, row, 2, 0)) continue;
            List<String> g = new ArrayList<>();
            g.add(row.get(0));
            g.addAll(bars(row.get(1)));
            if (g.size() < 2) checks.problem(f, row.line(), 0, "同义词组至少要有两个词");
            groups.add(g);
        }
        return new Synonyms(groups);
    }
}
