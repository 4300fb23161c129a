package cn.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("追加的记录可读回，并可按机关和结论筛选")
    void appendAndRead() {
        try (AuditLog log = AuditLog.open(dir)) {
            log.append("decision", "东冶镇人民政府", Map.of("body", "东冶镇"), "PERMITTED", List.of("WITHIN_CATALOGUE"), "abc", List.of("r1"));
            log.append("decision", "县发展和改革局", Map.of("body", "县发改委"), "UNDETERMINED", List.of("BODY_NOT_COVERED"), "abc", List.of());
        }
        var all = AuditLog.read(dir, e -> true);
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).text("verdict")).isEqualTo("PERMITTED");
        assertThat(AuditLog.summary(all.get(0)).contains("可以")).isTrue();
        assertThat(AuditLog.read(dir, e -> e.text("body").contains("东冶")).size()).isEqualTo(1);
    }

    @Test
    @DisplayName("崩溃留下的不完整末行在下次启动时另存并截去，此前记录不丢")
    void partialLastLineSetAside() throws Exception {
        try (AuditLog log = AuditLog.open(dir)) {
            log.append("decision", "东冶镇人民政府", Map.of("body", "东冶镇"), "PERMITTED", List.of(), "abc", List.of());
        }
        Path file = AuditLog.fileIn(dir);
        Files.writeString(file, "{\"time\":\"2026-01-01T00:00:00Z\",\"kind\":\"deci", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (AuditLog log = AuditLog.open(dir)) {
            assertThat(log.setAside().isPresent()).isTrue();
            assertThat(Files.readString(log.setAside().get()).startsWith("{\"time\":\"2026-01-01")).isTrue();
            log.append("vetting", "东冶镇人民政府", Map.of("title", "t"), "PASS", List.of(), "abc", List.of());
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.size()).isEqualTo(2);
        assertThat(lines.get(0).contains("东冶镇") && lines.get(1).contains("vetting")).isTrue();
        try (AuditLog log = AuditLog.open(dir)) {
            assertThat(log.setAside().isEmpty()).as("a whole log is left alone").isTrue();
        }
    }

    @Test
    @DisplayName("末行有换行但不是 JSON 也视为不完整")
    void garbageLastLine() throws Exception {
        Path file = AuditLog.fileIn(dir);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"kind\":\"decision\"}\n{\"kind\":\n", StandardCharsets.UTF_8);
        try (AuditLog log = AuditLog.open(dir)) {
            assertThat(log.setAside().isPresent()).isTrue();
        }
        assertThat(Files.readAllLines(file)).isEqualTo(List.of("{\"kind\":\"decision\"}"));
    }
}
