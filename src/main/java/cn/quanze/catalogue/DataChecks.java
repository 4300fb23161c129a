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

/** The checks every data file shares: headers, columns, item numbers, {@code #@} metadata; problems collected with file and line. */
final class DataChecks {

    final List<LintProblem> problems;

    DataChecks(List<LintProblem> problems) {
        this.problems = problems;
    }

    void problem(TsvFile f, int line, int item, String message) {
        problems.add(new LintProblem(f.fileName(), line, item, message));
    }

    boolean header(TsvFile f, String... expected) {
        if (!f.header().equals(Arrays.asList(expected))) {
            problem(f, f.headerLine(), 0, "表头应为 " + String.join(" | ", expected) + "，实为 " + String.join(" | ", f.header()));
            return false;
        }
        return true;
    }

    /** The 序号 in the row's first column, or null (with a problem recorded) when it is not a number. */
    Integer itemNumber(TsvFile f, TsvFile.Row row) {
        try {
            return Integer.parseInt(row.get(0));
        } catch (NumberFormatException e) {
            problem(f, row.line(), 0, "序号不是数字：“" + row.get(0) + "”");
            return null;
        }
    }

    boolean columns(TsvFile f, TsvFile.Row row, int n, int item) {
        if (row.cells().size() != n) {
            problem(f, row.line(), item, "应有 " + n + " 列（以制表符分隔），实有 " + row.cells().size() + " 列");
            return false;
        }
        return true;
    }

    String meta(TsvFile f, String key) {
        String v = f.metadata().get(key);
        if (v == null || v.isBlank()) {
            problem(f, 0, 0, "缺少元数据 #@ " + key);
            return "";
        }
        return v;
    }

    /** A {@code #@} date header: present and a real YYYY-MM-DD date (the rules compare days against it). */
    String metaDate(TsvFile f, String key) {
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
    int metaCount(TsvFile f, String key) {
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
}
