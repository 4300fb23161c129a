package cn.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/** The HTTP API against the real server on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/web-test-data", "quanze.batch.max-size=5", "quanze.admin-token=api-test-token-0123456789"})
class ApiTest {
    static final ObjectMapper M = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Res(int status, String type, JsonNode json, String raw) {}

    Res send(String method, String path, String contentType, HttpRequest.BodyPublisher body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, body);
        if (headers.length > 0) b.headers(headers);
        if (contentType != null) b.header("Content-Type", contentType);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode j = null;
        try {
            j = M.readTree(r.body());
        } catch (IOException ignored) {
        }
        return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), j, r.body());
    }

    Res post(String path, String json) throws Exception {
        return send("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    Res get(String path) throws Exception {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    static void assertProblem(Res r, int status, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.type().startsWith("application/problem+json")).as(r.type()).isTrue();
        assertThat(r.json().path("code").asText()).as(r.raw()).isEqualTo(code);
        String detail = r.json().path("detail").asText();
        assertThat(detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as("detail should be Chinese: " + detail).isTrue();
        assertThat(r.raw().contains("at cn.") || r.raw().contains("Exception")).as("no stack trace: " + r.raw()).isFalse();
    }

    @Test
    @DisplayName("一个问题：东冶镇问占地建房能否处罚 → 可以，第121项，有依据")
    void oneDecision() throws Exception {
        Res r = post("/api/v1/decisions", "{\"id\":\"q1\",\"body\":\"东冶镇\",\"query\":\"村民没批准就占地盖房，镇里能罚吗？\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("id").asText()).isEqualTo("q1");
        assertThat(r.json().path("verdict").asText()).isEqualTo("PERMITTED");
        assertThat(r.json().path("item").path("id").asInt()).isEqualTo(121);
        assertThat(r.json().path("basis").size() > 0).isTrue();
        assertThat(r.json().path("catalogue").path("sha256").asText().length()).isEqualTo(64);
        List<String> log = Files.readAllLines(AuditLog.fileIn(Path.of("target/web-test-data")));
        assertThat(log.stream().anyMatch(l -> l.contains("村民没批准就占地盖房"))).as("decision is logged").isTrue();
    }

    @Test
    @DisplayName("批量：有误的元素就地返回 {id, error}，其余照常作答")
    void batchWithBadElement() throws Exception {
        Res r = post("/api/v1/decisions:batch", "[{\"id\":\"a\",\"body\":\"东冶镇\",\"itemId\":121},"
                + "{\"id\":\"b\",\"body\":\"东冶镇\",\"action\":\"FLY\"},{\"id\":\"c\"},7,"
                + "{\"id\":\"d\",\"body\":\"县发改委\",\"itemId\":121}]");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(5);
        assertThat(r.json().get(0).path("verdict").asText()).isEqualTo("PERMITTED");
        assertThat(r.json().get(1).path("id").asText()).isEqualTo("b");
        assertThat(r.json().get(1).path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(r.json().get(2).path("error").path("code").asText()).isEqualTo("MISSING_BODY");
        assertThat(r.json().get(3).path("error").path("message").asText().contains("不是 JSON 对象")).isTrue();
        assertThat(r.json().get(4).path("verdict").asText()).isEqualTo("UNDETERMINED");
    }

    @Test
    @DisplayName("批量超过配置的上限 → 413 problem")
    void batchTooLarge() throws Exception {
        assertProblem(post("/api/v1/decisions:batch", "[{},{},{},{},{},{}]"), 413, "BATCH_TOO_LARGE");
    }

    @Test
    @DisplayName("批量请求体不是数组 → 400 problem")
    void batchNotArray() throws Exception {
        assertProblem(post("/api/v1/decisions:batch", "{\"body\":\"东冶镇\"}"), 400, "BATCH_NOT_ARRAY");
    }

    @Test
    @DisplayName("审查：草案“处以五百元罚款” → SETS_PENALTY，不通过，附审查意见")
    void vetting() throws Exception {
        Res r = post("/api/v1/vetting", "{\"id\":\"v1\",\"issuer\":\"东冶镇人民政府\",\"title\":\"关于加强村容村貌管理的通知\","
                + "\"text\":\"一、乱倒垃圾的，处以五百元罚款。\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.json().path("id").asText()).isEqualTo("v1");
        boolean penalty = false;
        for (JsonNode f : r.json().path("findings")) {
            if (f.path("code").asText().equals("SETS_PENALTY")) {
                penalty = true;
                assertThat(f.path("excerpt").asText().contains("处以五百元罚款")).isTrue();
            }
        }
        assertThat(penalty).as(r.raw()).isTrue();
        assertThat(r.json().path("opinion").asText().contains("合法性审查意见")).isTrue();
    }

    @Test
    @DisplayName("上传 .txt 提取正文（GB18030 也可）")
    void extractTxt() throws Exception {
        String boundary = "----qz";
        byte[] text = "第一条 处以五百元罚款。".getBytes("GB18030");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(text);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Res r = send("POST", "/api/v1/vetting/extract", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("text").asText()).isEqualTo("第一条 处以五百元罚款。");
    }

    @Test
    @DisplayName("清单：第102项（秸秆）和筛选、制定主体、机构名录")
    void catalogue() throws Exception {
        Res item = get("/api/v1/catalogue/items/102");
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.json().path("id").asInt()).isEqualTo(102);
        assertThat(item.json().path("name").asText().contains("秸秆")).isTrue();
        assertThat(item.json().path("basis").size() > 0).isTrue();
        Res all = get("/api/v1/catalogue/items");
        assertThat(all.json().size()).isEqualTo(152);
        Res search = get("/api/v1/catalogue/items?type=" + enc("行政处罚") + "&q=" + enc("秸秆"));
        assertThat(search.json().size() >= 1).isTrue();
        search.json().forEach(i -> assertThat(i.path("type").asText()).isEqualTo("行政处罚"));
        assertThat(get("/api/v1/issuers").json().size() > 10).isTrue();
        assertThat(get("/api/v1/bodies").json().get(0).has("aliases")).isTrue();
        JsonNode vocabulary = get("/api/v1/vocabulary").json();
        assertThat(vocabulary.path("ACT").path("FILE").asText()).isEqualTo("备案");
        assertThat(vocabulary.path("VERDICT").path("CONDITIONAL").asText()).isEqualTo("有条件可以");
        Res api = get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("paths").has("/api/v1/decisions:batch")).as(api.raw()).isTrue();
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("不存在的事项 → 404 problem")
    void unknownItem() throws Exception {
        assertProblem(get("/api/v1/catalogue/items/999"), 404, "UNKNOWN_ITEM");
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "JSON 格式错误                 | {\"body\": \"东冶镇\"     | 400 | MALFORMED_JSON",
            "类型错误：itemId 为字符串     | {\"body\":\"东冶镇\",\"itemId\":\"x\"} | 400 | WRONG_TYPE",
            "类型错误：emergency 非布尔    | {\"body\":\"东冶镇\",\"facts\":{\"emergency\":\"maybe\"}} | 400 | WRONG_TYPE",
            "类型错误：请求体是数组        | [1]                      | 400 | WRONG_TYPE",
            "缺少必填字段 body             | {\"query\":\"能罚吗\"}   | 400 | MISSING_BODY",
            "未知的 action                 | {\"body\":\"东冶镇\",\"action\":\"FLY\"} | 400 | UNKNOWN_ENUM_VALUE",
            "未知的 partyType              | {\"body\":\"东冶镇\",\"facts\":{\"partyType\":\"ALIEN\"}} | 400 | UNKNOWN_ENUM_VALUE",
            "未知的 penalty.kind           | {\"body\":\"东冶镇\",\"facts\":{\"penalty\":{\"kind\":\"LASHES\"}}} | 400 | UNKNOWN_ENUM_VALUE",
            "日期格式错误                  | {\"body\":\"东冶镇\",\"asOf\":\"昨天\"} | 400 | WRONG_TYPE",
            "不存在的序号                  | {\"body\":\"东冶镇\",\"itemId\":999} | 400 | UNKNOWN_ITEM",
    })
    @DisplayName("决定接口的错误输入 → 4xx problem+json，中文说明")
    void badDecisionInput(String name, String body, int status, String code) throws Exception {
        assertProblem(post("/api/v1/decisions", body.strip()), status, code);
    }

    @Test
    @DisplayName("空请求体 → 400 problem")
    void emptyBody() throws Exception {
        assertProblem(post("/api/v1/decisions", ""), 400, "MISSING_REQUEST_BODY");
    }

    @ParameterizedTest(name = "缺少 {0}")
    @CsvSource({"issuer", "title", "text"})
    @DisplayName("审查接口缺少必填字段 → 400 problem")
    void vettingMissingField(String field) throws Exception {
        var draft = M.createObjectNode().put("issuer", "东冶镇人民政府").put("title", "通知").put("text", "正文");
        draft.remove(field);
        assertProblem(post("/api/v1/vetting", draft.toString()), 400, "MISSING_FIELD");
    }

    @Test
    @DisplayName("请求体超过 1 MiB（声明长度）→ 413 problem")
    void bodyTooLarge() throws Exception {
        String big = "{\"body\":\"东冶镇\",\"query\":\"" + "罚".repeat(400_000) + "\"}";
        assertProblem(post("/api/v1/decisions", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("请求体超过 1 MiB（分块传输，未声明长度）→ 413 problem")
    void chunkedBodyTooLarge() throws Exception {
        byte[] big = ("{\"body\":\"东冶镇\",\"query\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Res r = send("POST", "/api/v1/decisions", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertProblem(r, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    @DisplayName("不支持的内容类型 → 415 problem")
    void unsupportedMediaType() throws Exception {
        assertProblem(send("POST", "/api/v1/decisions", "text/plain", HttpRequest.BodyPublishers.ofString("东冶镇")),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    @DisplayName("不支持的请求方法 → 405 problem")
    void methodNotAllowed() throws Exception {
        assertProblem(get("/api/v1/decisions"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    @DisplayName("事项序号不是数字 → 400 problem")
    void itemIdNotNumber() throws Exception {
        assertProblem(get("/api/v1/catalogue/items/abc"), 400, "WRONG_TYPE");
    }

    @Test
    @DisplayName("上传不支持的文件类型 → 415 problem")
    void extractUnsupported() throws Exception {
        String boundary = "----qz";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--" + boundary + "--\r\n";
        assertProblem(send("POST", "/api/v1/vetting/extract", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofString(body)), 415, "UNSUPPORTED_FILE_TYPE");
    }

    @Test
    @DisplayName("网页由同一服务提供")
    void pageServed() throws Exception {
        Res r = get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().contains("权限查询") && r.raw().contains("quiz.html")).isTrue();
        try (InputStream in = getClass().getResourceAsStream("/static/app.js")) {
            assertThat(in).isNotNull();
        }
    }

    @Test
    @DisplayName("培训测验：同一种子得到同一试卷，试卷不含答案，交卷后按引擎给出的答案评分")
    void quizPaperAndScoring() throws Exception {
        Res paper = get("/api/v1/quiz?count=5&seed=3&kinds=SCENARIO,ISSUER");
        assertThat(paper.status()).as(paper.raw()).isEqualTo(200);
        assertThat(paper.json().path("questions").size()).isEqualTo(5);
        assertThat(paper.raw().contains("\"correct\"")).as("the trainee's paper carries no keys").isFalse();
        assertThat(get("/api/v1/quiz?count=5&seed=3&kinds=SCENARIO,ISSUER").raw()).isEqualTo(paper.raw());
        String first = paper.json().path("questions").get(0).path("id").asText();
        Res result = post("/api/v1/quiz/answers",
                "{\"count\":5,\"seed\":3,\"kinds\":[\"SCENARIO\",\"ISSUER\"],\"answers\":{\"" + first + "\":\"A\"}}");
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        assertThat(result.json().path("total").asInt()).isEqualTo(5);
        assertThat(result.json().path("answered").asInt()).isEqualTo(1);
        assertThat(result.json().path("questions").get(0).path("explanation").asText().isBlank()).isFalse();
    }

    @Test
    @DisplayName("培训测验：题量越界或题型未知 → 400 problem+json")
    void quizBadParameters() throws Exception {
        assertProblem(get("/api/v1/quiz?count=100000"), 400, "INVALID_QUIZ");
        assertProblem(get("/api/v1/quiz?kinds=NONSENSE"), 400, "INVALID_QUIZ");
    }

    @Test
    @DisplayName("规范性文件审查走规则：交警大队不在制定主体清单 → FAIL，并指明报请县公安局")
    void vettingUsesTheIssuerRules() throws Exception {
        Res r = post("/api/v1/vetting", "{\"issuer\":\"县公安局交警大队\",\"title\":\"关于加强农村道路交通安全的通知\",\"legalityReviewed\":true,"
                + "\"docNumber\":\"五公交发〔2024〕1号\",\"text\":\"各乡镇：现就加强农村道路交通安全通知如下。\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.json().path("findings").get(0).path("code").asText()).isEqualTo("ISSUER_NOT_LISTED");
        assertThat(r.json().path("findings").get(0).path("message").asText().contains("县公安局")).isTrue();
        assertThat(r.json().path("rulesFired").toString().contains("Draft from a body not on the issuer list")).isTrue();
    }

    @Test
    @DisplayName("重新载入：校验通过后换上新的清单和规则，答复照常")
    void reloadKeepsAnswering() throws Exception {
        Res r = send("POST", "/api/v1/admin/reload", null, HttpRequest.BodyPublishers.noBody(),
                "Authorization", "Bearer api-test-token-0123456789");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.json().path("sha256").asText().length()).isEqualTo(64);
        assertThat(r.json().path("sha256").asText()).as("same files, same data").isEqualTo(r.json().path("previousSha256").asText());
        assertThat(r.json().path("rules").asInt() > 40).isTrue();
        Res d = post("/api/v1/decisions", "{\"body\":\"东冶镇\",\"itemId\":121}");
        assertThat(d.json().path("verdict").asText()).isEqualTo("PERMITTED");
    }
}
