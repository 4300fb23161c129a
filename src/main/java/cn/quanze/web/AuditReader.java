package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads the decision log back, for {@code ./quanze log}: its entries and their one-line Chinese summaries. */
final class AuditReader {
    private AuditReader() {
    }

    /** Every line of the log under {@code dataDir} (rotated files first, oldest first) that satisfies {@code filter}. */
    static List<AuditLog.Entry> read(Path dataDir, Predicate<AuditLog.Entry> filter) {
        Path file = AuditLog.fileIn(dataDir);
        List<AuditLog.Entry> out = new ArrayList<>();
        List<Path> files = new ArrayList<>(AuditRotation.rotatedFiles(file.getParent()));
        if (Files.exists(file)) files.add(file);
        for (Path f : files) readFile(f, filter, out);
        return out;
    }

    private static void readFile(Path f, Predicate<AuditLog.Entry> filter, List<AuditLog.Entry> out) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                AuditLog.Entry e = new AuditLog.Entry(line, parse(line));
                if (filter.test(e)) out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取决定日志 " + f + "：" + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return AuditRecords.MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    static String verdictWords(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "PERMITTED", "CONDITIONAL", "NOT_PERMITTED", "UNDETERMINED" -> cn.quanze.decision.Verdict.valueOf(verdict).label();
            case "PASS" -> "通过";
            case "FAIL" -> "不通过";
            default -> verdict;
        };
    }

    static String summary(AuditLog.Entry e) {
        if (e.node() == null) return "（无法解析的记录）" + e.raw();
        String time = e.text("time");
        if (time.length() >= 19) time = time.substring(0, 10) + " " + time.substring(11, 19);
        boolean vetting = "vetting".equals(e.text("kind"));
        StringBuilder sb = new StringBuilder();
        sb.append(time).append("  ").append(vetting ? "文件审查" : "权限查询").append("  ").append(e.text("body"));
        appendRequest(sb, e.node().path("request"), vetting);
        String v = e.text("verdict");
        sb.append("  → ").append(verdictWords(v)).append("（").append(v).append("）");
        List<String> codes = new ArrayList<>();
        e.node().path("codes").forEach(c -> codes.add(c.asText()));
        if (!codes.isEmpty()) sb.append("  ").append(String.join(",", codes));
        return sb.toString();
    }

    private static void appendRequest(StringBuilder sb, JsonNode req, boolean vetting) {
        if (vetting) {
            if (req.hasNonNull("title")) sb.append("  《").append(req.get("title").asText()).append("》");
        } else {
            if (req.hasNonNull("itemId")) sb.append("  第").append(req.get("itemId").asText()).append("项");
            if (req.hasNonNull("query")) sb.append("  “").append(req.get("query").asText()).append("”");
        }
    }
}
