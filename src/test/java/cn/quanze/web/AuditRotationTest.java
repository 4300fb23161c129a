package cn.quanze.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Rotations in quick succession (several in one millisecond) never overwrite a rotated file. */
class AuditRotationTest {

    @Test
    void rotationsInTheSameMillisecondKeepEveryFile(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        AuditRotation rotation = new AuditRotation(log, AuditLog.Settings.DEFAULT);
        for (int i = 0; i < 50; i++) {
            Files.writeString(log, "{\"n\":" + i + "}\n");
            rotation.moveAside(LocalDate.now());
        }
        assertThat(AuditRotation.rotatedFiles(dir)).hasSize(50);
        assertThat(AuditRotation.rotatedFiles(dir).stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct()).hasSize(50);
    }
}
