package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The decision log: one JSON object per line in {@code <data dir>/audit/decisions.jsonl}. Plain Java (no
 * Spring), so {@code ./quanze log} reads it without starting the service.
 *
 * <p>Each record is appended and flushed under a lock, so a crash can leave at most one partial last line.
 * {@link #open} sets such a line aside in {@code decisions.partial-<timestamp>.jsonl} and truncates it off.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    public static final String FILE_NAME = "decisions.jsonl";
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path setAside;

    private AuditLog(Path file, OutputStream out, Path setAside) {
        this.file = file;
        this.out = out;
        this.setAside = setAside;
    }

    /** The log file under a data directory. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("audit").resolve(FILE_NAME);
    }

    /** Opens the log for appending, first setting aside a partial last line if there is one. */
    public static AuditLog open(Path dataDir) {
        Path file = fileIn(dataDir);
        try {
            Files.createDirectories(file.getParent());
            Path aside = recover(file);
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return new AuditLog(file, out, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开决定日志 " + file + "：" + e.getMessage(), e);
        }
    }

    /** Where a partial last line found on open was moved; empty when the log was whole. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public Path file() {
        return file;
    }

    /**
     * If the last line lacks its newline or is not a JSON object, moves it to
     * {@code decisions.partial-<timestamp>.jsonl} beside the log and truncates it off. Earlier lines stay.
     */
    static Path recover(Path file) throws IOException {
        if (!Files.exists(file)) return null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size == 0) return null;
            boolean endsWithNewline = readByte(ch, size - 1) == '\n';
            long end = endsWithNewline ? size - 1 : size;
            long start = end;
            while (start > 0 && readByte(ch, start - 1) != '\n') start--;
            byte[] last = new byte[(int) (size - start)];
            ch.read(ByteBuffer.wrap(last), start);
            boolean whole = endsWithNewline && parses(new String(last, StandardCharsets.UTF_8).strip());
            if (whole) return null;
            String ts = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path aside = file.resolveSibling("decisions.partial-" + ts + ".jsonl");
            Files.write(aside, last, StandardOpenOption.CREATE_NEW);
            ch.truncate(start);
            ch.force(true);
            LOG.warn("决定日志 {} 的最后一行不完整（{} 字节），已移至 {} 并从日志中截去；此前的记录完好。",
                    file, last.length, aside);
            return aside;
        }
    }

    private static int readByte(FileChannel ch, long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        ch.read(b, pos);
        return b.get(0);
    }

    private static boolean parses(String line) {
        if (line.isEmpty()) return true;
        try {
            return MAPPER.readTree(line) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Appends one record: {@code time, kind, id, body, request, verdict, codes, catalogueSha256, rulesFired}.
     * {@code kind} is {@code decision} or {@code vetting}.
     */
    public void append(String kind, String body, Object request, String verdict, List<String> codes,
                       String catalogueSha256, List<String> rulesFired) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("time", OffsetDateTime.now().toString());
        n.put("kind", kind);
        n.put("body", body);
        n.set("request", MAPPER.valueToTree(request));
        n.put("verdict", verdict);
        n.putPOJO("codes", codes == null ? List.of() : codes);
        n.put("catalogueSha256", catalogueSha256);
        n.putPOJO("rulesFired", rulesFired == null ? List.of() : rulesFired);
        byte[] line;
        try {
            line = (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lock.lock();
        try {
            out.write(line);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("写入决定日志失败：" + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("关闭决定日志失败：{}", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** One line of the log as read back: the raw text and its parsed form (null when unparsable). */
    public record Entry(String raw, JsonNode node) {
        public String text(String field) {
            JsonNode v = node == null ? null : node.get(field);
            return v == null || v.isNull() ? "" : v.asText();
        }
    }

    /** Reads every line of the log under {@code dataDir} that satisfies {@code filter}, in order. */
    public static List<Entry> read(Path dataDir, Predicate<Entry> filter) {
        Path file = fileIn(dataDir);
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (IOException e) {
                    node = null;
                }
                Entry e = new Entry(line, node);
                if (filter.test(e)) out.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取决定日志 " + file + "：" + e.getMessage(), e);
        }
        return out;
    }

    /** The Chinese word for a verdict. */
    public static String verdictWords(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "PERMITTED" -> "可以";
            case "CONDITIONAL" -> "有条件可以";
            case "NOT_PERMITTED" -> "不可以";
            case "UNDETERMINED" -> "无法判断";
            case "PASS" -> "通过";
            case "FAIL" -> "不通过";
            default -> verdict;
        };
    }

    /** One-line Chinese summary of a record, for {@code ./quanze log}. */
    public static String summary(Entry e) {
        if (e.node() == null) return "（无法解析的记录）" + e.raw();
        String time = e.text("time");
        if (time.length() >= 19) time = time.substring(0, 10) + " " + time.substring(11, 19);
        boolean vetting = "vetting".equals(e.text("kind"));
        StringBuilder sb = new StringBuilder();
        sb.append(time).append("  ").append(vetting ? "文件审查" : "权限查询").append("  ").append(e.text("body"));
        JsonNode req = e.node().path("request");
        if (vetting) {
            if (req.hasNonNull("title")) sb.append("  《").append(req.get("title").asText()).append("》");
        } else {
            if (req.hasNonNull("itemId")) sb.append("  第").append(req.get("itemId").asText()).append("项");
            if (req.hasNonNull("query")) sb.append("  “").append(req.get("query").asText()).append("”");
        }
        String v = e.text("verdict");
        sb.append("  → ").append(verdictWords(v)).append("（").append(v).append("）");
        List<String> codes = new ArrayList<>();
        e.node().path("codes").forEach(c -> codes.add(c.asText()));
        if (!codes.isEmpty()) sb.append("  ").append(String.join(",", codes));
        return sb.toString();
    }
}
