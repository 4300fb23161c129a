package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision log: one JSON object per line in {@code <data dir>/audit/decisions.jsonl}. Plain Java (no
 * Spring), so {@code ./quanze log} reads it without starting the service.
 *
 * <p>Durability: {@link #append} returns only after the record is written and forced to the disk
 * ({@link FileChannel#force}); concurrent appends share one force (group commit), so the caller may
 * acknowledge the decision once {@code append} returns. When the record cannot be written (disk full, IO
 * error), {@link Unavailable} is thrown, the torn bytes are cut off, and the decision must not be
 * acknowledged. {@link #open} sets aside every unparsable line, wherever it is, in
 * {@code decisions.partial-<timestamp>.jsonl}. Text values longer than {@link Settings#maxTextChars} are
 * logged as a prefix plus their SHA-256. The file is rotated daily and when it passes a size, and rotated
 * files older than the retention are deleted.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    public static final String FILE_NAME = "decisions.jsonl";
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern ROTATED = Pattern.compile("decisions-(\\d{8}-\\d{6}-\\d{3})\\.jsonl");

    /**
     * Rotation and size settings: rotate when the file passes {@code maxBytes} (0 = never by size) or the
     * day changes ({@code daily}); delete rotated files older than {@code retentionDays} (0 = keep all);
     * log text values longer than {@code maxTextChars} as a prefix plus their SHA-256.
     */
    public record Settings(long maxBytes, boolean daily, int retentionDays, int maxTextChars) {
        public static final Settings DEFAULT = new Settings(64L << 20, true, 0, 4096);
    }

    /** The record could not be logged (disk full, IO error): the decision must not be acknowledged. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Where records go; a file channel, replaced in tests to simulate a full disk. */
    interface Sink extends AutoCloseable {
        void write(ByteBuffer b, long position) throws IOException;

        void force() throws IOException;

        void truncate(long size) throws IOException;

        long size() throws IOException;

        @Override
        void close() throws IOException;
    }

    interface SinkOpener {
        Sink open(Path file) throws IOException;
    }

    static Sink fileSink(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        return new Sink() {
            @Override
            public void write(ByteBuffer b, long position) throws IOException {
                long p = position;
                while (b.hasRemaining()) p += ch.write(b, p);
            }

            @Override
            public void force() throws IOException {
                ch.force(false);
            }

            @Override
            public void truncate(long size) throws IOException {
                ch.truncate(size);
            }

            @Override
            public long size() throws IOException {
                return ch.size();
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    private final Path file;
    private final Settings settings;
    private final SinkOpener opener;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final Path setAside;
    private Sink sink;
    private long position;
    private LocalDate day;
    private volatile long written, synced;
    private boolean torn;

    private AuditLog(Path file, Settings settings, SinkOpener opener, Path setAside) throws IOException {
        this.file = file;
        this.settings = settings;
        this.opener = opener;
        this.setAside = setAside;
        openSink();
    }

    private void openSink() throws IOException {
        sink = opener.open(file);
        position = sink.size();
        day = LocalDate.now();
    }

    /** The log file under a data directory. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("audit").resolve(FILE_NAME);
    }

    /** Opens the log for appending with the default settings, first setting aside unparsable lines. */
    public static AuditLog open(Path dataDir) {
        return open(dataDir, Settings.DEFAULT);
    }

    public static AuditLog open(Path dataDir, Settings settings) {
        return open(dataDir, settings, AuditLog::fileSink);
    }

    static AuditLog open(Path dataDir, Settings settings, SinkOpener opener) {
        Path file = fileIn(dataDir);
        try {
            Files.createDirectories(file.getParent());
            Path aside = recover(file);
            AuditLog log = new AuditLog(file, settings, opener, aside);
            log.deleteExpired();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开决定日志 " + file + "：" + e.getMessage(), e);
        }
    }

    /** Where unparsable lines found on open were moved; empty when the log was whole. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
    }

    public Path file() {
        return file;
    }

    /**
     * Moves every line that is not a JSON object (a line torn by a crash or a full disk, wherever it is) to
     * {@code decisions.partial-<timestamp>.jsonl} beside the log, and rewrites the log without them (via a
     * forced temporary file and an atomic rename). A last line that is whole but lacks its newline gets one.
     */
    static Path recover(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return null;
        byte[] all = Files.readAllBytes(file);
        ByteArrayOutputStream keep = new ByteArrayOutputStream(all.length);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        int badLines = 0, start = 0;
        boolean endsWithNewline = all[all.length - 1] == '\n';
        for (int i = 0; i <= all.length; i++) {
            if (i < all.length && all[i] != '\n') continue;
            if (i == all.length && start == all.length) break;
            byte[] line = java.util.Arrays.copyOfRange(all, start, i);
            start = i + 1;
            if (isBlank(line)) continue;
            if (parses(line)) {
                keep.write(line);
                keep.write('\n');
            } else {
                bad.write(line);
                bad.write('\n');
                badLines++;
            }
        }
        if (badLines == 0) {
            if (!endsWithNewline) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    ch.write(ByteBuffer.wrap(new byte[]{'\n'}));
                    ch.force(false);
                }
            }
            return null;
        }
        String ts = OffsetDateTime.now().format(STAMP);
        Path aside = file.resolveSibling("decisions.partial-" + ts + ".jsonl");
        writeForced(aside, bad.toByteArray(), StandardOpenOption.CREATE_NEW);
        Path tmp = file.resolveSibling(FILE_NAME + ".recovering");
        writeForced(tmp, keep.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.getParent());
        LOG.warn("决定日志 {} 中有 {} 行无法解析（写入中断或磁盘已满所致），已移至 {}；其余记录完好。", file, badLines, aside);
        return aside;
    }

    private static void writeForced(Path p, byte[] bytes, StandardOpenOption... options) throws IOException {
        java.util.Set<StandardOpenOption> opts = new java.util.HashSet<>(List.of(options));
        opts.add(StandardOpenOption.WRITE);
        try (FileChannel ch = FileChannel.open(p, opts)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be opened; the rename is still atomic
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) if (b != ' ' && b != '\t' && b != '\r') return false;
        return true;
    }

    private static boolean parses(byte[] line) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
            return MAPPER.readTree(s) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Appends one record: {@code time, kind, id, body, request, verdict, codes, catalogueSha256, rulesFired},
     * and returns once it is on the disk. {@code kind} is {@code decision} or {@code vetting}.
     *
     * @throws Unavailable when it could not be written; the caller must not acknowledge the decision
     */
    public void append(String kind, String body, Object request, String verdict, List<String> codes,
                       String catalogueSha256, List<String> rulesFired) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("time", OffsetDateTime.now().toString());
        n.put("kind", kind);
        n.put("body", clip(body));
        JsonNode req = MAPPER.valueToTree(request);
        n.set("request", clipTexts(req));
        n.put("verdict", verdict);
        n.putPOJO("codes", codes == null ? List.of() : codes.stream().distinct().toList());
        n.put("catalogueSha256", catalogueSha256);
        n.putPOJO("rulesFired", rulesFired == null ? List.of() : rulesFired.stream().distinct().toList());
        byte[] line;
        try {
            line = (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unavailable("决定记录无法序列化", e);
        }
        long mine;
        lock.lock();
        try {
            rotateIfDue(line.length);
            long at = position;
            byte[] bytes = line;
            if (torn) {
                // a torn fragment could not be cut off: start on a fresh line so this record stays parsable
                bytes = new byte[line.length + 1];
                bytes[0] = '\n';
                System.arraycopy(line, 0, bytes, 1, line.length);
            }
            try {
                sink.write(ByteBuffer.wrap(bytes), at);
                position = at + bytes.length;
                torn = false;
            } catch (IOException e) {
                try {
                    sink.truncate(at);
                } catch (IOException again) {
                    torn = true;
                    position = Math.max(position, safeSize());
                }
                LOG.error("写入决定日志失败（{}）；该决定未确认", e.getMessage());
                throw new Unavailable("写入决定日志失败", e);
            }
            mine = ++written;
        } finally {
            lock.unlock();
        }
        sync(mine);
    }

    private long safeSize() {
        try {
            return sink.size();
        } catch (IOException e) {
            return position;
        }
    }

    /** Group commit: whoever holds the sync lock forces everything written so far, covering those waiting. */
    private void sync(long mine) {
        syncLock.lock();
        try {
            if (synced >= mine) return;
            long target = written;
            Sink s;
            lock.lock();
            try {
                s = sink;
            } finally {
                lock.unlock();
            }
            try {
                s.force();
            } catch (IOException e) {
                LOG.error("决定日志无法落盘（{}）；该决定未确认", e.getMessage());
                throw new Unavailable("决定日志无法落盘", e);
            }
            synced = target;
        } finally {
            syncLock.unlock();
        }
    }

    private void rotateIfDue(int next) {
        boolean bySize = settings.maxBytes() > 0 && position > 0 && position + next > settings.maxBytes();
        boolean byDay = settings.daily() && position > 0 && !LocalDate.now().equals(day);
        if (!bySize && !byDay) return;
        try {
            syncLock.lock();
            try {
                sink.force();
                synced = written;
            } finally {
                syncLock.unlock();
            }
            sink.close();
            Path rotated = file.resolveSibling("decisions-" + day.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + OffsetDateTime.now().format(DateTimeFormatter.ofPattern("-HHmmss-SSS")) + ".jsonl");
            Files.move(file, rotated, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(file.getParent());
            openSink();
            torn = false;
            LOG.info("决定日志已轮转：{}", rotated.getFileName());
        } catch (IOException e) {
            try {
                if (!Files.exists(file) || sink == null) openSink();
            } catch (IOException ignored) {
                // the next append reports it
            }
            throw new Unavailable("决定日志轮转失败", e);
        }
        deleteExpired();
    }

    private void deleteExpired() {
        if (settings.retentionDays() <= 0) return;
        LocalDate cutoff = LocalDate.now().minusDays(settings.retentionDays());
        for (Path p : rotatedFiles(file.getParent())) {
            Matcher m = ROTATED.matcher(p.getFileName().toString());
            if (m.matches() && LocalDate.parse(m.group(1).substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).isBefore(cutoff)) {
                try {
                    Files.deleteIfExists(p);
                    LOG.info("已按保留期限（{} 天）删除 {}", settings.retentionDays(), p.getFileName());
                } catch (IOException e) {
                    LOG.warn("无法删除过期的决定日志 {}：{}", p.getFileName(), e.getMessage());
                }
            }
        }
    }

    /** Rotated files of a log folder, oldest first. */
    static List<Path> rotatedFiles(Path auditDir) {
        if (!Files.isDirectory(auditDir)) return List.of();
        try (var s = Files.list(auditDir)) {
            return s.filter(p -> ROTATED.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String clip(String text) {
        if (text == null || text.length() <= settings.maxTextChars()) return text;
        int keep = Math.min(settings.maxTextChars(), 1000);
        return text.substring(0, keep) + "…〔原文共 " + text.length() + " 字，SHA-256 " + sha256(text) + "〕";
    }

    private JsonNode clipTexts(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) return node.asText().length() > settings.maxTextChars() ? MAPPER.getNodeFactory().textNode(clip(node.asText())) : node;
        if (node instanceof ObjectNode o) {
            var names = new ArrayList<String>();
            o.fieldNames().forEachRemaining(names::add);
            for (String f : names) o.set(f, clipTexts(o.get(f)));
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, clipTexts(a.get(i)));
        }
        return node;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            sink.force();
            sink.close();
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

    /** Reads every line of the log under {@code dataDir} (rotated files first, oldest first) that satisfies {@code filter}. */
    public static List<Entry> read(Path dataDir, Predicate<Entry> filter) {
        Path file = fileIn(dataDir);
        List<Entry> out = new ArrayList<>();
        List<Path> files = new ArrayList<>(rotatedFiles(file.getParent()));
        if (Files.exists(file)) files.add(file);
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
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
                throw new UncheckedIOException("无法读取决定日志 " + f + "：" + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The Chinese word for a verdict. */
    public static String verdictWords(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "PERMITTED", "CONDITIONAL", "NOT_PERMITTED", "UNDETERMINED" -> cn.quanze.decision.Verdict.valueOf(verdict).label();
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
