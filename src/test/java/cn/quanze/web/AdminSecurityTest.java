package cn.quanze.web;

import cn.quanze.QuanzeFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 2: the admin door is locked (token, same origin), the service listens on loopback, refusals are 422. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class)
class AdminSecurityTest {
    static final ObjectMapper M = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path HOME;
    static final Path DATA;
    static final Map<Path, String> ORIGINALS = new HashMap<>();

    static {
        try {
            HOME = Files.createTempDirectory("quanze-admin-home");
            DATA = Files.createTempDirectory("quanze-admin-data");
            for (String dir : List.of("catalog", "rules")) {
                Files.createDirectories(HOME.resolve(dir));
                try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve(dir))) {
                    for (Path f : files.toList()) Files.copy(f, HOME.resolve(dir).resolve(f.getFileName()));
                }
            }
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        r.add("quanze.home", HOME::toString);
        r.add("quanze.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    record Res(int status, String type, JsonNode json, String raw) {}

    Res reload(String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), M.readTree(r.body()), r.body());
    }

    String token() throws Exception {
        return Files.readString(DATA.resolve(AdminToken.FILE_NAME)).strip();
    }

    void edit(String relative, String from, String to) throws Exception {
        Path f = HOME.resolve(relative);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        ORIGINALS.putIfAbsent(f, text);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @AfterEach
    void restore() throws Exception {
        for (var e : ORIGINALS.entrySet()) Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
        ORIGINALS.clear();
    }

    static void assertProblem(Res r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        assertThat(r.json().path("code").asText()).isEqualTo(code);
        assertThat(r.json().path("detail").asText()).matches(".*\\p{IsHan}.*");
        assertThat(r.raw()).doesNotContain(HOME.toString(), DATA.toString(), "Exception", "java.", "org.drools", "cn.quanze");
    }

    @Test
    @DisplayName("默认只监听 127.0.0.1")
    void listensOnLoopbackByDefault() {
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName("首次启动在数据目录生成管理令牌，只有属主可读写")
    void tokenGeneratedOwnerOnly() throws Exception {
        assertThat(token()).hasSize(64);
        if (Files.getFileStore(DATA).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(DATA.resolve(AdminToken.FILE_NAME)))
                    .isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    @DisplayName("无令牌或令牌错误 → 401；跨源请求即使带令牌也 → 403；正确令牌 → 200")
    void tokenAndOrigin() throws Exception {
        assertProblem(reload(), 401, "ADMIN_TOKEN_REQUIRED");
        assertProblem(reload("Authorization", "Bearer wrong"), 401, "ADMIN_TOKEN_INVALID");
        assertProblem(reload("Authorization", "Bearer " + token(), "Origin", "http://evil.example"), 403, "CROSS_ORIGIN_REFUSED");
        assertProblem(reload("X-Quanze-Token", token(), "Origin", "http://localhost:" + (port + 1)), 403, "CROSS_ORIGIN_REFUSED");
        assertProblem(reload("X-Quanze-Token", token(), "Origin", "null"), 403, "CROSS_ORIGIN_REFUSED");
        Res ok = reload("Authorization", "Bearer " + token(), "Origin", "http://localhost:" + port);
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(reload("X-Quanze-Token", token()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("坏的 #@ date → 422，说明文件和行号，不泄露服务器路径；之后原数据照常答复")
    void badDateHeaderIs422WithFileAndLine() throws Exception {
        edit("catalog/township-powers-2023.tsv", "#@ date: 2023-07-31", "#@ date: 2023-02-30x");
        Res r = reload("X-Quanze-Token", token());
        assertProblem(r, 422, "DATA_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("township-powers-2023.tsv:8").contains("#@ date");
        HttpResponse<String> d = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/decisions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"东冶镇\",\"itemId\":121}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(d.statusCode()).as("the old generation still answers").isEqualTo(200);
        assertThat(M.readTree(d.body()).path("verdict").asText()).isEqualTo("PERMITTED");
    }

    @Test
    @DisplayName("坏的审查规则行 → 422，说明文件和行号")
    void badVettingPatternIs422() throws Exception {
        edit("catalog/vetting-patterns.tsv", "SETS_PENALTY\tERROR\t", "SETS_PENALTY\tFATAL\t");
        Res r = reload("X-Quanze-Token", token());
        assertProblem(r, 422, "VETTING_DATA_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("vetting-patterns.tsv").contains("行");
    }

    @Test
    @DisplayName("规则编译失败 → 422，不给出编译器输出（输出写入服务日志）")
    void brokenRulesAre422WithoutCompilerOutput() throws Exception {
        Path drl = HOME.resolve("rules/bodies.drl");
        ORIGINALS.putIfAbsent(drl, Files.readString(drl));
        Files.writeString(drl, Files.readString(drl) + "\nrule \"broken\" when $x : NoSuchFact( then end\n");
        Res r = reload("X-Quanze-Token", token());
        assertProblem(r, 422, "RULES_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("规则文件").doesNotContain("ERR", "mismatched", "NoSuchFact");
    }

    @Test
    @DisplayName("无效 UTF-8 的清单数据被拒绝，并指出文件和行号")
    void invalidUtf8DataRefused() throws Exception {
        Path f = HOME.resolve("catalog/bodies.tsv");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        ORIGINALS.putIfAbsent(f, text);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int lastLineStart = text.substring(0, text.stripTrailing().lastIndexOf('\n')).getBytes(StandardCharsets.UTF_8).length + 1;
        b[lastLineStart + 1] = (byte) 0xFF;
        Files.write(f, b);
        Res r = reload("X-Quanze-Token", token());
        assertProblem(r, 422, "DATA_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("bodies.tsv:" + text.stripTrailing().lines().count()).contains("UTF-8");
    }
}
