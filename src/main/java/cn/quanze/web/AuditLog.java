package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The decision log: one JSON object per line in {@code <data dir>/audit/decisions.jsonl}. Plain Java (no
 * Spring), so {@code ./quanze log} reads it without starting the service.
 *
 * <p>Durability: {@link #append} returns only after the record is written and forced to the disk
 * ({@link FileChannel#force}); concurrent appends share one force (group commit), so the caller may
 * acknowledge the decision once {@code append} returns. When the record cannot be written (disk full, IO
 * error), {@link Unavailable} is thrown, the torn bytes are cut off, and the decision must not be
 * acknowledged. {@link #open} sets aside every unparsable line, wherever it is ({@link AuditRecovery}).
 * Long text values are logged as a prefix plus their SHA-256 ({@link AuditRecords}). The file is rotated
 * daily and when it passes a size, and rotated files older than the retention are deleted ({@link AuditRotation}).
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    public static final String FILE_NAME = "decisions.jsonl";

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

    /** One line of the log as read back: the raw text and its parsed form (null when unparsable). */
    public record Entry(String raw, JsonNode node) {
        public String text(String field) {
            JsonNode v = node == null ? null : node.get(field);
            return v == null || v.isNull() ? "" : v.asText();
        }
    }

    private final Path file;
    private final AuditRecords records;
    private final AuditRotation rotation;
    private final AuditWriter writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final Path setAside;
    private volatile long written, synced;

    private AuditLog(Path file, Settings settings, SinkOpener opener, AuditRotation.Mover mover, Path setAside) throws IOException {
        this.file = file;
        this.records = new AuditRecords(settings.maxTextChars());
        this.rotation = new AuditRotation(file, settings, mover);
        this.writer = new AuditWriter(file, opener);
        this.setAside = setAside;
    }

    static Sink fileSink(Path file) throws IOException {
        return AuditFileSink.open(file);
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
        return open(dataDir, settings, opener, AuditRotation.ATOMIC);
    }

    static AuditLog open(Path dataDir, Settings settings, SinkOpener opener, AuditRotation.Mover mover) {
        Path file = fileIn(dataDir);
        try {
            Files.createDirectories(file.getParent());
            Path aside = AuditRecovery.recover(file);
            AuditLog log = new AuditLog(file, settings, opener, mover, aside);
            log.rotation.deleteExpired();
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
     * Appends one record: {@code time, kind, id, body, request, verdict, codes, catalogueSha256, rulesFired},
     * and returns once it is on the disk. {@code kind} is {@code decision} or {@code vetting}.
     *
     * @throws Unavailable when it could not be written; the caller must not acknowledge the decision
     */
    public void append(String kind, String body, Object request, String verdict, List<String> codes,
                       String catalogueSha256, List<String> rulesFired) {
        byte[] line = records.line(kind, body, request, verdict, codes, catalogueSha256, rulesFired);
        sync(write(line));
    }

    /** Writes a line under the lock and returns its sequence number, for {@link #sync}. */
    private long write(byte[] line) {
        lock.lock();
        try {
            rotateIfDue(line.length);
            writer.write(line);
            return ++written;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Group commit: whoever holds the sync lock forces everything written so far, covering those waiting.
     * The sink is read without the write lock: a rotation takes the sync lock while holding the write lock,
     * so taking them in the other order here would deadlock; a rotation forces before it closes the old sink.
     */
    private void sync(long mine) {
        syncLock.lock();
        try {
            if (synced >= mine) return;
            long target = written;
            force(writer.sink());
            synced = target;
        } finally {
            syncLock.unlock();
        }
    }

    private static void force(Sink s) {
        try {
            s.force();
        } catch (IOException e) {
            LOG.error("决定日志无法落盘（{}）；该决定未确认", e.getMessage());
            throw new Unavailable("决定日志无法落盘", e);
        }
    }

    /** Called under the lock before a write of {@code next} bytes. */
    private void rotateIfDue(int next) {
        if (!rotation.due(writer.position(), next, writer.day())) return;
        try {
            forceAll();
            writer.close();
            Path rotated = rotation.moveAside(writer.day());
            writer.reopen();
            LOG.info("决定日志已轮转：{}", rotated.getFileName());
        } catch (IOException e) {
            writer.reopenIfMissing();
            throw new Unavailable("决定日志轮转失败", e);
        }
        rotation.deleteExpired();
    }

    private void forceAll() throws IOException {
        syncLock.lock();
        try {
            writer.force();
            synced = written;
        } finally {
            syncLock.unlock();
        }
    }

    /** Rotated files of a log folder, oldest first. */
    static List<Path> rotatedFiles(Path auditDir) {
        return AuditRotation.rotatedFiles(auditDir);
    }

    static String sha256(String text) {
        return AuditRecords.sha256(text);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            writer.force();
            writer.close();
        } catch (IOException e) {
            LOG.warn("关闭决定日志失败：{}", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** Reads every line of the log under {@code dataDir} (rotated files first, oldest first) that satisfies {@code filter}. */
    public static List<Entry> read(Path dataDir, Predicate<Entry> filter) {
        return AuditReader.read(dataDir, filter);
    }

    /** The Chinese word for a verdict. */
    public static String verdictWords(String verdict) {
        return AuditReader.verdictWords(verdict);
    }

    /** One-line Chinese summary of a record, for {@code ./quanze log}. */
    public static String summary(Entry e) {
        return AuditReader.summary(e);
    }
}
