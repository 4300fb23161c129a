package cn.quanze.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What durability costs: appends per second and latency of the audit log with a force per record (group
 * commit under concurrency) against the same log without forcing. Not a test; run by bench/audit-fsync.sh.
 */
public final class AuditLogBench {
    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path base = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("quanze-audit-bench");
        for (int threads : new int[]{1, 8, 32}) {
            for (boolean force : new boolean[]{false, true}) {
                double best = 0;
                for (int round = 0; round < 3; round++) {
                    Path dir = Files.createTempDirectory(base, "r");
                    AuditLog.SinkOpener opener = force ? AuditLog::fileSink : f -> new NoForce(AuditLog.fileSink(f));
                    try (AuditLog log = AuditLog.open(dir, AuditLog.Settings.DEFAULT, opener)) {
                        best = Math.max(best, run(log, threads, records));
                    }
                }
                System.out.printf("%-12s %2d 线程：%,10.0f 条/秒（%d 条，3 轮取最好）%n",
                        force ? "force 每条" : "不 force", threads, best, records);
            }
        }
    }

    private static double run(AuditLog log, int threads, int records) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            int n = i;
            fs.add(pool.submit(() -> log.append("decision", "东冶镇人民政府", Map.of("body", "东冶镇", "itemId", n), "PERMITTED",
                    List.of("WITHIN_CATALOGUE"), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                    List.of("Township may exercise an act the catalogue item grants"))));
        }
        for (Future<?> f : fs) f.get();
        double s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return records / s;
    }

    private record NoForce(AuditLog.Sink real) implements AuditLog.Sink {
        public void write(java.nio.ByteBuffer b, long position) throws java.io.IOException {
            real.write(b, position);
        }

        public void force() {
        }

        public void truncate(long size) throws java.io.IOException {
            real.truncate(size);
        }

        public long size() throws java.io.IOException {
            return real.size();
        }

        public void close() throws java.io.IOException {
            real.close();
        }
    }
}
