package cn.quanze.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes lines at the end of the current log file. A write that fails is cut off; when even that fails, the
 * next line starts on a fresh line so it stays parsable. Not thread-safe: {@link AuditLog} holds its lock,
 * except that {@link #sink} may be read without it.
 */
final class AuditWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final Path file;
    private final AuditLog.SinkOpener opener;
    private volatile AuditLog.Sink sink;
    private long position;
    private LocalDate day;
    private boolean torn;
    /** The sink was closed (for a rotation); until it is opened again nothing can be written. */
    private boolean closed;

    AuditWriter(Path file, AuditLog.SinkOpener opener) throws IOException {
        this.file = file;
        this.opener = opener;
        open();
    }

    private void open() throws IOException {
        sink = opener.open(file);
        closed = false;
        position = sink.size();
        day = LocalDate.now();
    }

    /** Opens the file anew after a rotation. */
    void reopen() throws IOException {
        open();
        torn = false;
    }

    /** After a failed rotation: opens the file again — where it still is if the rename failed, anew if it was moved. */
    void reopenIfMissing() {
        try {
            if (closed || !Files.exists(file) || sink == null) open();
        } catch (IOException ignored) {
            // the next append reports it
        }
    }

    AuditLog.Sink sink() {
        return sink;
    }

    long position() {
        return position;
    }

    /** The day the current file was opened. */
    LocalDate day() {
        return day;
    }

    /** Writes one line at the end of the file (not yet forced). */
    void write(byte[] line) {
        long at = position;
        byte[] bytes = torn ? onFreshLine(line) : line;
        try {
            sink.write(ByteBuffer.wrap(bytes), at);
            position = at + bytes.length;
            torn = false;
        } catch (IOException e) {
            cutOff(at);
            LOG.error("写入决定日志失败（{}）；该决定未确认", e.getMessage());
            throw new AuditLog.Unavailable("写入决定日志失败", e);
        }
    }

    /** A torn fragment could not be cut off: start on a fresh line so this record stays parsable. */
    private static byte[] onFreshLine(byte[] line) {
        byte[] bytes = new byte[line.length + 1];
        bytes[0] = '\n';
        System.arraycopy(line, 0, bytes, 1, line.length);
        return bytes;
    }

    private void cutOff(long at) {
        try {
            sink.truncate(at);
        } catch (IOException again) {
            torn = true;
            position = Math.max(position, safeSize());
        }
    }

    private long safeSize() {
        try {
            return sink.size();
        } catch (IOException e) {
            return position;
        }
    }

    void force() throws IOException {
        sink.force();
    }

    void close() throws IOException {
        closed = true;
        sink.close();
    }
}
