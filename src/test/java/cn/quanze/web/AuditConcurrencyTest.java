package cn.quanze.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Rotation while other threads wait for their records to be forced. */
class AuditConcurrencyTest {
    @TempDir
    Path dir;

    /** A deadlock leaves the write lock held, so the log is closed only when the appends finished in time. */
    @Test
    @DisplayName("并发写入时轮转不会卡死，所有记录都能读回")
    void rotationUnderConcurrentAppendsDoesNotDeadlock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AuditLog log = AuditLog.open(dir, new AuditLog.Settings(20_000, false, 0, 4096));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    String body = "机关" + i;
                    fs.add(pool.submit(() -> log.append("decision", body, Map.of("body", body), "PERMITTED",
                            List.of("WITHIN_CATALOGUE"), "abc", List.of("r"))));
                }
                for (Future<?> f : fs) f.get();
            });
            log.close();
        } finally {
            pool.shutdownNow();
        }
        assertThat(AuditLog.rotatedFiles(AuditLog.fileIn(dir).getParent())).hasSizeGreaterThan(5);
        assertThat(AuditLog.read(dir, e -> true)).extracting(e -> e.text("body")).doesNotHaveDuplicates().hasSize(2_000);
    }
}
