package cn.quanze.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rotation of the decision log: when it is due (size or day, per {@link AuditLog.Settings}), the file is
 * renamed to {@code decisions-<day>-<time>.jsonl}; rotated files older than the retention are deleted.
 */
final class AuditRotation {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final Pattern ROTATED = Pattern.compile("decisions-(\\d{8}-\\d{6}-\\d{3})(?:-\\d+)?\\.jsonl");

    /** Renames a file; replaced in tests to make a rename fail. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private final Path file;
    private final AuditLog.Settings settings;
    private final Mover mover;

    AuditRotation(Path file, AuditLog.Settings settings) {
        this(file, settings, ATOMIC);
    }

    AuditRotation(Path file, AuditLog.Settings settings, Mover mover) {
        this.file = file;
        this.settings = settings;
        this.mover = mover;
    }

    /** Whether the log, {@code position} bytes long and opened on {@code day}, must rotate before {@code next} more bytes. */
    boolean due(long position, int next, LocalDate day) {
        boolean bySize = settings.maxBytes() > 0 && position > 0 && position + next > settings.maxBytes();
        boolean byDay = settings.daily() && position > 0 && !LocalDate.now().equals(day);
        return bySize || byDay;
    }

    /** Renames the (closed) log to its rotated name, durably; returns the new name. */
    Path moveAside(LocalDate day) throws IOException {
        String stem = "decisions-" + day.format(DateTimeFormatter.BASIC_ISO_DATE)
                + OffsetDateTime.now().format(DateTimeFormatter.ofPattern("-HHmmss-SSS"));
        Path rotated = file.resolveSibling(stem + ".jsonl");
        // an atomic move replaces an existing file silently: two rotations in one millisecond get a counter
        for (int n = 1; Files.exists(rotated); n++) rotated = file.resolveSibling(stem + "-" + n + ".jsonl");
        mover.move(file, rotated);
        AuditRecovery.forceDirectory(file.getParent());
        return rotated;
    }

    /** Deletes rotated files older than the retention (none when it is 0). */
    void deleteExpired() {
        if (settings.retentionDays() <= 0) return;
        LocalDate cutoff = LocalDate.now().minusDays(settings.retentionDays());
        for (Path p : rotatedFiles(file.getParent())) {
            if (rotatedOn(p).isBefore(cutoff)) delete(p);
        }
    }

    private static LocalDate rotatedOn(Path p) {
        Matcher m = ROTATED.matcher(p.getFileName().toString());
        if (!m.matches()) return LocalDate.MAX;
        return LocalDate.parse(m.group(1).substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    }

    private void delete(Path p) {
        try {
            Files.deleteIfExists(p);
            LOG.info("已按保留期限（{} 天）删除 {}", settings.retentionDays(), p.getFileName());
        } catch (IOException e) {
            LOG.warn("无法删除过期的决定日志 {}：{}", p.getFileName(), e.getMessage());
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
}
