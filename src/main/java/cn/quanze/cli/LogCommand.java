package cn.quanze.cli;

import cn.quanze.web.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./quanze log}: reads the decision log written by {@code serve}, without starting Spring. */
@Command(name = "log", description = {"查看服务的决定日志（data/audit/decisions.jsonl）。",
        "例：./quanze log --since 2026-01-01 --body 东冶镇 --verdict NOT_PERMITTED"})
public final class LogCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "DATE", description = "只显示该日（YYYY-MM-DD）及以后的记录")
    String since;

    @Option(names = "--body", paramLabel = "B", description = "只显示该机关（名称包含此文字）的记录")
    String body;

    @Option(names = "--verdict", paramLabel = "V", description = "只显示该结论的记录（PERMITTED、CONDITIONAL、NOT_PERMITTED、UNDETERMINED、PASS、FAIL）")
    String verdict;

    @Option(names = "--json", description = "原样输出日志行（JSON Lines）")
    boolean json;

    @Override
    public Integer call() {
        LocalDate from;
        try {
            from = since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--since 应为 YYYY-MM-DD 格式的日期：" + since);
        }
        Path dir = cn.quanze.Home.dataDir();
        List<AuditLog.Entry> entries = AuditLog.read(dir, e -> {
            if (e.node() == null) return from == null && body == null && verdict == null;
            if (from != null) {
                String t = e.text("time");
                if (t.length() < 10 || LocalDate.parse(t.substring(0, 10)).isBefore(from)) return false;
            }
            if (verdict != null && !verdict.equalsIgnoreCase(e.text("verdict"))) return false;
            if (body != null) {
                String b = body.strip();
                String req = e.node().path("request").path("body").asText(e.node().path("request").path("issuer").asText(""));
                if (!e.text("body").contains(b) && !req.contains(b)) return false;
            }
            return true;
        });
        for (AuditLog.Entry e : entries) System.out.println(json ? escapeJson(e.raw()) : escapeText(AuditLog.summary(e)));
        if (!json) System.err.println("共 " + entries.size() + " 条记录（" + AuditLog.fileIn(dir) + "）");
        return 0;
    }

    /** Characters a terminal acts on (C0, DEL, C1: ESC sequences, CSI), or that reorder or break a line. */
    static boolean control(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** A logged text made harmless for the terminal: every control character shown as an escape (x1b, u+202e). */
    static String escapeText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (!control(c)) b.appendCodePoint(c);
            else if (c <= 0xFF) b.append(String.format("\\x%02x", c));
            else b.append(String.format("\\u+%04x", c));
        });
        return b.toString();
    }

    /** A raw JSON line with the control characters JSON leaves as they are written as JSON escapes: still valid JSON. */
    static String escapeJson(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (control(c)) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
