package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 4: a decision that cannot be logged is not acknowledged: 503 problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {WebApplication.class, DiskFullApiTest.Full.class},
        properties = "quanze.data-dir=target/disk-full-test-data")
class DiskFullApiTest {

    @TestConfiguration
    static class Full {
        @Bean(destroyMethod = "close")
        @Primary
        AuditLog fullDisk() throws Exception {
            Path dir = Files.createTempDirectory("quanze-full");
            return AuditLog.open(dir, AuditLog.Settings.DEFAULT, f -> {
                AuditDurabilityTest.FullDisk d = new AuditDurabilityTest.FullDisk(f);
                d.full.set(true);
                return d;
            });
        }
    }

    @LocalServerPort
    int port;

    JsonNode post(String path, String body, int expected) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("No space left", "Exception", "java.");
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    @DisplayName("磁盘已满：决定、批量和审查都答 503 problem+json，不返回未记录的结论")
    void diskFullAnswers503() throws Exception {
        assertThat(post("/api/v1/decisions", "{\"body\":\"东冶镇\",\"itemId\":121}", 503).path("code").asText()).isEqualTo("AUDIT_LOG_UNAVAILABLE");
        assertThat(post("/api/v1/decisions:batch", "[{\"body\":\"东冶镇\",\"itemId\":121}]", 503).path("detail").asText()).contains("未予确认");
        post("/api/v1/vetting", "{\"issuer\":\"县民政局\",\"title\":\"通知\",\"text\":\"各乡镇：请做好工作。\"}", 503);
    }
}
