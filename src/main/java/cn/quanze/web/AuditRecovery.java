package cn.quanze.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recovery of the decision log on open: every line that is not a JSON object (a line torn by a crash or a
 * full disk, wherever it is) is moved to {@code decisions.partial-<timestamp>.jsonl} beside the log, and the
 * log is rewritten without them (via a forced temporary file and an atomic rename). A last line that is
 * whole but lacks its newline gets one.
 */
final class AuditRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The log's lines sorted into those kept and those set aside. */
    private static final class Split {
        final ByteArrayOutputStream keep;
        final ByteArrayOutputStream bad = new ByteArrayOutputStream();
        int badLines;

        Split(int size) {
            keep = new ByteArrayOutputStream(size);
        }

        void add(byte[] line) {
            ByteArrayOutputStream to = parses(line) ? keep : bad;
            to.writeBytes(line);
            to.write('\n');
            if (to == bad) badLines++;
        }
    }

    private AuditRecovery() {
    }

    /** Recovers {@code file}; returns where unparsable lines were moved, or null when the log was whole. */
    static Path recover(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return null;
        byte[] all = Files.readAllBytes(file);
        Split split = split(all);
        if (split.badLines == 0) {
            if (all[all.length - 1] != '\n') appendNewline(file);
            return null;
        }
        return setAside(file, split);
    }

    private static Split split(byte[] all) {
        Split split = new Split(all.length);
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i < all.length && all[i] != '\n') continue;
            if (i == all.length && start == all.length) break;
            byte[] line = Arrays.copyOfRange(all, start, i);
            start = i + 1;
            if (!isBlank(line)) split.add(line);
        }
        return split;
    }

    private static void appendNewline(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[]{'\n'}));
            ch.force(false);
        }
    }

    private static Path setAside(Path file, Split split) throws IOException {
        String ts = OffsetDateTime.now().format(STAMP);
        Path aside = file.resolveSibling("decisions.partial-" + ts + ".jsonl");
        writeForced(aside, split.bad.toByteArray(), StandardOpenOption.CREATE_NEW);
        Path tmp = file.resolveSibling(AuditLog.FILE_NAME + ".recovering");
        writeForced(tmp, split.keep.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.getParent());
        LOG.warn("决定日志 {} 中有 {} 行无法解析（写入中断或磁盘已满所致），已移至 {}；其余记录完好。", file, split.badLines, aside);
        return aside;
    }

    private static void writeForced(Path p, byte[] bytes, StandardOpenOption... options) throws IOException {
        Set<StandardOpenOption> opts = new HashSet<>(List.of(options));
        opts.add(StandardOpenOption.WRITE);
        try (FileChannel ch = FileChannel.open(p, opts)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
    }

    /** Forces a directory so that a rename in it is durable. */
    static void forceDirectory(Path dir) {
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
            return AuditRecords.MAPPER.readTree(s) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }
}
