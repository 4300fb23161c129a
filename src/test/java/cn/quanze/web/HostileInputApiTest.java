package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 5: each hostile input the issue lists, answered 4xx problem+json or bounded, never 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/web-test-data", "quanze.batch.max-size=5", "quanze.admin-token=api-test-token-0123456789"})
class HostileInputApiTest {
    static final ObjectMapper M = new ObjectMapper();

    @LocalServerPort
    int port;

    record Res(int status, String type, JsonNode json, String raw) {}

    Res send(String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) b.header("Content-Type", type);
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode j = null;
        try {
            j = M.readTree(r.body());
        } catch (IOException ignored) {
        }
        return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), j, r.body());
    }

    Res post(String path, String json) throws Exception {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static void assertProblem(Res r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        if (code != null) assertThat(r.json().path("code").asText()).as(r.raw()).isEqualTo(code);
        assertThat(r.json().path("detail").asText()).matches("(?s).*\\p{IsHan}.*");
        assertThat(r.raw()).doesNotContain("java.", "com.fasterxml", "cn.quanze.", "Exception");
    }

    @Test
    @DisplayName("issueDate +999999999-12-31 → 400 INVALID_DATE（原为 500 日期溢出）")
    void extremeIssueDate() throws Exception {
        assertProblem(post("/api/v1/vetting", "{\"issuer\":\"县民政局\",\"title\":\"通知\",\"issueDate\":\"+999999999-12-31\",\"text\":\"各乡镇：请做好工作。\"}"),
                400, "INVALID_DATE");
        assertProblem(post("/api/v1/vetting", "{\"issuer\":\"县民政局\",\"title\":\"通知\",\"validUntil\":\"-999999999-01-01\",\"text\":\"各乡镇。\"}"),
                400, "INVALID_DATE");
        assertProblem(post("/api/v1/decisions", "{\"body\":\"东冶镇\",\"itemId\":121,\"asOf\":\"+999999999-12-31\"}"), 400, "INVALID_DATE");
    }

    @Test
    @DisplayName("负数、无穷大的罚款金额 → 400 INVALID_AMOUNT（原为第152项 −5000 元 → 可以）")
    void amountsMustBeFiniteAndNonNegative() throws Exception {
        for (String amount : new String[]{"-5000", "1e999", "\"Infinity\"", "\"NaN\"", "-0.01"}) {
            assertProblem(post("/api/v1/decisions", "{\"body\":\"豆村镇\",\"itemId\":152,\"facts\":{\"partyType\":\"ORGANIZATION\","
                    + "\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":" + amount + "}}}"), 400, "INVALID_AMOUNT");
        }
        Res batch = post("/api/v1/decisions:batch", "[{\"id\":\"x\",\"body\":\"豆村镇\",\"itemId\":152,\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":-5000}}}]");
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.json().get(0).path("error").path("code").asText()).isEqualTo("INVALID_AMOUNT");
        Res zero = post("/api/v1/decisions", "{\"body\":\"豆村镇\",\"itemId\":152,\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":0}}}");
        assertThat(zero.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("罚款倍数须为正数 → 400 INVALID_AMOUNT；两倍（盗伐林木价值的五至十倍之外）→ 不可以")
    void multiplesMustBePositiveAndAreCheckedAgainstTheArticle() throws Exception {
        for (String times : new String[]{"0", "-2", "1e999"}) {
            assertProblem(post("/api/v1/decisions", "{\"body\":\"茹村乡\",\"itemId\":140,\"facts\":{"
                    + "\"penalty\":{\"kind\":\"FINE\",\"multiple\":" + times + "}}}"), 400, "INVALID_AMOUNT");
        }
        Res twice = post("/api/v1/decisions", "{\"body\":\"茹村乡\",\"query\":\"有人偷砍集体林子里的树\",\"itemId\":140,"
                + "\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"multiple\":2}}}");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().path("verdict").asText()).isEqualTo("NOT_PERMITTED");
    }

    @Test
    @DisplayName("接近正文上限的草案：结论照常，最多列 200 处问题另加一条 FINDINGS_TRUNCATED，每条规则只列一次；0.95 MB 的正文 → 400 TEXT_TOO_LONG")
    void findingsAreBounded() throws Exception {
        String text = "处以五百元罚款。".repeat(cn.quanze.vetting.VettingService.MAX_TEXT / 8 - 1000);
        Res r = post("/api/v1/vetting", M.writeValueAsString(java.util.Map.of("issuer", "县民政局", "title", "通知", "text", text)));
        assertThat(r.status()).as(r.raw().substring(0, Math.min(300, r.raw().length()))).isEqualTo(200);
        assertThat(r.json().path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.json().path("findings").size()).isEqualTo(cn.quanze.vetting.VettingService.MAX_FINDINGS + 1);
        JsonNode last = r.json().path("findings").get(cn.quanze.vetting.VettingService.MAX_FINDINGS);
        assertThat(last.path("code").asText()).isEqualTo("FINDINGS_TRUNCATED");
        assertThat(last.path("message").asText()).contains("另有");
        java.util.List<String> rules = new java.util.ArrayList<>();
        r.json().path("rulesFired").forEach(n -> rules.add(n.asText()));
        assertThat(rules).doesNotHaveDuplicates();
        assertThat(r.raw().length()).isLessThan(1_000_000);

        String tooLong = "处以五百元罚款。".repeat(40_000);
        assertProblem(post("/api/v1/vetting", M.writeValueAsString(java.util.Map.of("issuer", "县民政局", "title", "通知", "text", tooLong))),
                400, "TEXT_TOO_LONG");
    }

    @Test
    @DisplayName("12 字节的文件配 160 个汉字的文件名 → 照常提取（原为“文件过大”）")
    void longChineseFileName() throws Exception {
        String name = "关于加强农村道路交通安全管理的通知".repeat(10).substring(0, 160) + ".txt";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("第一条 通知。".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("\r\n--xyz--\r\n".getBytes(StandardCharsets.UTF_8));
        Res r = send("POST", "/api/v1/vetting/extract", "multipart/form-data; boundary=xyz", b.toByteArray());
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("text").asText()).contains("第一条");
    }

    @Test
    @DisplayName("/error、未知地址、错误方法、错误内容类型、TRACE、Accept 不符：都是 problem+json")
    void everyErrorIsProblemJson() throws Exception {
        assertProblem(send("GET", "/error", null, null), 404, "NOT_FOUND");
        assertProblem(send("POST", "/error", "application/json", "{}".getBytes()), 404, "NOT_FOUND");
        assertProblem(send("GET", "/no/such/page", null, null), 404, "NOT_FOUND");
        assertProblem(send("DELETE", "/api/v1/decisions", null, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("TRACE", "/api/v1/decisions", null, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send("POST", "/api/v1/decisions", "text/plain", "{}".getBytes()), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(send("POST", "/api/v1/decisions", "application/json", new byte[]{'{', (byte) 0xFF, '}'}), 400, null);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/issuers"))
                .header("Accept", "image/png").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("Tomcat 自己拒绝的请求（坏请求行、非法 URI、HTTP/9.9）也是 problem+json，且不是 5xx")
    void tomcatRejectionsAreProblemJson() throws Exception {
        for (String line : new String[]{"GET /a|b HTTP/1.1", "GET /%zz HTTP/1.1", "GET / HTTP/9.9", "garbage"}) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(5000);
                s.getOutputStream().write((line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(all).as(line).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"code\"")
                        .doesNotContain("<html", "Apache Tomcat");
            }
        }
    }
}
