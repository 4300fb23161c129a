package cn.quanze.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, point 4: what the audit log promises when the disk fills, when lines are torn, and for long texts. */
class AuditDurabilityTest {
    @TempDir
    Path dir;

    /** A file sink that, while {@code full} is set, writes half of what it is given and then fails, as a full disk does. */
    static final class FullDisk implements AuditLog.Sink {
        final AuditLog.Sink real;
        final AtomicBoolean full = new AtomicBoolean();
        final AtomicBoolean truncateFails = new AtomicBoolean();
        final AtomicInteger forces = new AtomicInteger();

        FullDisk(Path file) throws IOException {
            real = AuditLog.fileSink(file);
        }

        @Override
        public void write(ByteBuffer b, long position) throws IOException {
            if (full.get()) {
                ByteBuffer half = b.slice(b.position(), b.remaining() / 2);
                real.write(half, position);
                throw new IOException("No space left on device");
            }
            real.write(b, position);
        }

        @Override
        public void force() throws IOException {
            forces.incrementAndGet();
            real.force();
        }

        @Override
        public void truncate(long size) throws IOException {
            if (truncateFails.get()) throw new IOException("No space left on device");
            real.truncate(size);
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }
    }

    private static void append(AuditLog log, String body) {
        log.append("decision", body, Map.of("body", body), "PERMITTED", List.of("WITHIN_CATALOGUE"), "abc", List.of("r"));
    }

    @Test
    @DisplayName("磁盘已满：写入失败抛出 Unavailable（不得确认），残缺字节被截去，之后的记录完好可读")
    void diskFullIsNotAcknowledgedAndLeavesNoTornLine() throws Exception {
        List<FullDisk> sinks = new ArrayList<>();
        try (AuditLog log = AuditLog.open(dir, AuditLog.Settings.DEFAULT, f -> {
            FullDisk d = new FullDisk(f);
            sinks.add(d);
            return d;
        })) {
            append(log, "甲");
            sinks.get(0).full.set(true);
            assertThatThrownBy(() -> append(log, "乙")).isInstanceOf(AuditLog.Unavailable.class);
            sinks.get(0).full.set(false);
            append(log, "丙");
        }
        List<String> lines = Files.readAllLines(AuditLog.fileIn(dir), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("甲");
        assertThat(lines.get(1)).contains("丙").startsWith("{");
    }

    @Test
    @DisplayName("磁盘已满且无法截去残缺字节：下一条记录另起一行，下次启动把残缺行另存，确认过的记录一条不少")
    void tornLineThatCannotBeCutIsSetAsideAtNextStart() throws Exception {
        List<FullDisk> sinks = new ArrayList<>();
        try (AuditLog log = AuditLog.open(dir, AuditLog.Settings.DEFAULT, f -> {
            FullDisk d = new FullDisk(f);
            sinks.add(d);
            return d;
        })) {
            append(log, "甲");
            sinks.get(0).full.set(true);
            sinks.get(0).truncateFails.set(true);
            assertThatThrownBy(() -> append(log, "乙")).isInstanceOf(AuditLog.Unavailable.class);
            sinks.get(0).full.set(false);
            append(log, "丙");
            append(log, "丁");
        }
        try (AuditLog log = AuditLog.open(dir)) {
            assertThat(log.setAside()).isPresent();
        }
        List<AuditLog.Entry> entries = AuditLog.read(dir, e -> true);
        assertThat(entries).extracting(e -> e.text("body")).containsExactly("甲", "丙", "丁");
        assertThat(entries).allMatch(e -> e.node() != null);
    }

    @Test
    @DisplayName("轮转时改名失败：该条决定不予确认，日志随即重新打开，下一条照常写入")
    void aFailedRenameDuringRotationLeavesTheLogWritable() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failRename = new java.util.concurrent.atomic.AtomicBoolean(true);
        AuditLog.Settings rotateEveryLine = new AuditLog.Settings(1, false, 0, 4096);
        try (AuditLog log = AuditLog.open(dir, rotateEveryLine, AuditLog::fileSink, (from, to) -> {
            if (failRename.getAndSet(false)) throw new java.io.IOException("模拟改名失败");
            AuditRotation.ATOMIC.move(from, to);
        })) {
            append(log, "甲");
            assertThatThrownBy(() -> append(log, "乙")).isInstanceOf(AuditLog.Unavailable.class);
            append(log, "丙");
            append(log, "丁");
        }
        java.util.List<String> bodies = new java.util.ArrayList<>();
        for (Path p : AuditLog.rotatedFiles(dir.resolve("audit"))) {
            for (String line : Files.readAllLines(p)) bodies.add(line);
        }
        bodies.addAll(Files.readAllLines(AuditLog.fileIn(dir)));
        assertThat(String.join("\n", bodies)).contains("甲", "丙", "丁").doesNotContain("乙");
    }

    @Test
    @DisplayName("恢复时不只检查末行：文件中间任何无法解析的行都被另存，其余保留原顺序")
    void everyUnparsableLineIsSetAside() throws Exception {
        Path file = AuditLog.fileIn(dir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"body\":\"a\"}\n{\"body\":\"b\"{\"body\":\"glued\"}\n{\"body\":\"c\"}\n\u0000\u0000garbage\n{\"body\":\"d\"}\n",
                StandardCharsets.UTF_8);
        try (AuditLog log = AuditLog.open(dir)) {
            assertThat(log.setAside()).isPresent();
            List<String> aside = Files.readAllLines(log.setAside().get());
            assertThat(aside).hasSize(2);
            assertThat(aside.get(0)).contains("glued");
        }
        assertThat(AuditLog.read(dir, e -> true)).extracting(e -> e.text("body")).containsExactly("a", "c", "d");
    }

    @Test
    @DisplayName("每条记录都落盘（force）后才返回；并发时多条记录共用一次 force")
    void everyAppendIsForcedAndConcurrentAppendsShareForces() throws Exception {
        List<FullDisk> sinks = new ArrayList<>();
        try (AuditLog log = AuditLog.open(dir, AuditLog.Settings.DEFAULT, f -> {
            FullDisk d = new FullDisk(f);
            sinks.add(d);
            return d;
        })) {
            append(log, "甲");
            assertThat(sinks.get(0).forces.get()).isEqualTo(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 400; i++) fs.add(pool.submit(() -> append(log, "乙")));
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            assertThat(sinks.get(0).forces.get()).isBetween(2, 401);
        }
        assertThat(AuditLog.read(dir, e -> true)).hasSize(401);
    }

    @Test
    @DisplayName("长文本只记前缀和 SHA-256：1 MB 的草案不写成一百万字的日志行")
    void longTextsAreLoggedAsPrefixAndHash() throws Exception {
        String text = "第一条 本办法。".repeat(100_000);
        try (AuditLog log = AuditLog.open(dir)) {
            log.append("vetting", "县民政局", Map.of("title", "关于某事的通知", "text", text), "PASS", List.of(), "abc", List.of());
        }
        String line = Files.readAllLines(AuditLog.fileIn(dir), StandardCharsets.UTF_8).get(0);
        assertThat(line.length()).isLessThan(6_000);
        assertThat(line).contains(AuditLog.sha256(text)).contains("原文共 " + text.length() + " 字");
        assertThat(AuditLog.read(dir, e -> true).get(0).node().path("request").path("title").asText()).isEqualTo("关于某事的通知");
    }

    @Test
    @DisplayName("按大小轮转，轮转后的文件仍可读回；超过保留期限的轮转文件被删除")
    void rotationAndRetention() throws Exception {
        Path audit = AuditLog.fileIn(dir).getParent();
        Files.createDirectories(audit);
        Path old = audit.resolve("decisions-20000101-000000-000.jsonl");
        Files.writeString(old, "{\"body\":\"old\"}\n");
        try (AuditLog log = AuditLog.open(dir, new AuditLog.Settings(2_000, true, 30, 4096))) {
            for (int i = 0; i < 30; i++) append(log, "机关" + i);
        }
        assertThat(old).doesNotExist();
        assertThat(AuditLog.rotatedFiles(audit)).hasSizeGreaterThan(1);
        assertThat(Files.size(AuditLog.fileIn(dir))).isLessThanOrEqualTo(2_000);
        assertThat(AuditLog.read(dir, e -> true)).extracting(e -> e.text("body")).startsWith("机关0", "机关1").endsWith("机关29").hasSize(30);
    }
}
