package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown fields over HTTP, and the documents an office files: the opinion (.docx) and quiz results (.xlsx). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/office-documents-test-data", "quanze.batch.max-size=5"})
class OfficeDocumentsApiTest {
    static final ObjectMapper M = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    HttpResponse<byte[]> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return M.readTree(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownFieldIsRefusedWithAChineseProblemNamingTheNearestField() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/decisions", "{\"body\":\"东冶镇\",\"itemNo\":121}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(p.path("detail").asText()).contains("未知字段 “itemNo”").contains("是不是“itemId”？").doesNotContain("Unrecognized");

        HttpResponse<byte[]> nested = post("/api/v1/decisions", "{\"body\":\"东冶镇\",\"itemId\":150,\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"amount\":100}}}");
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(json(nested).path("detail").asText()).contains("facts.penalty.amount").contains("amountYuan");

        HttpResponse<byte[]> draft = post("/api/v1/vetting", "{\"issuer\":\"县民政局\",\"title\":\"办法\",\"text\":\"正文\",\"reviewed\":true}");
        assertThat(draft.statusCode()).isEqualTo(400);
        assertThat(json(draft).path("detail").asText()).contains("未知字段 “reviewed”");
    }

    @Test
    void itemIsADocumentedAliasOfItemIdAndABatchElementWithAnUnknownFieldIsAnsweredWithAnError() throws Exception {
        HttpResponse<byte[]> one = post("/api/v1/decisions", "{\"body\":\"东冶\",\"item\":45,\"action\":\"APPROVE\"}");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).path("item").path("id").asInt()).isEqualTo(45);
        assertThat(json(one).path("verdict").asText()).isEqualTo("NOT_PERMITTED");

        HttpResponse<byte[]> batch = post("/api/v1/decisions:batch",
                "[{\"id\":\"a\",\"body\":\"东冶\",\"item\":45},{\"id\":\"b\",\"body\":\"东冶\",\"qurey\":\"罚款\"}]");
        assertThat(batch.statusCode()).isEqualTo(200);
        JsonNode b = json(batch);
        assertThat(b.get(0).path("item").path("id").asInt()).isEqualTo(45);
        assertThat(b.get(1).path("id").asText()).isEqualTo("b");
        assertThat(b.get(1).path("error").path("message").asText()).contains("未知字段 “qurey”").contains("是不是“query”？");
    }

    @Test
    void theOpinionDownloadsAsAWordDocument() throws Exception {
        String draft = "{\"issuer\":\"东冶镇人民政府\",\"title\":\"关于加强村容村貌管理的通知\",\"legalityReviewed\":true,"
                + "\"text\":\"各村委会：\\n一、在村内道路乱倒垃圾的，处以五百元罚款。\\n二、本通知自印发之日起施行。\"}";
        HttpResponse<byte[]> r = post("/api/v1/vetting/opinion.docx?office=" + URLEncoder.encode("五台县司法局", StandardCharsets.UTF_8)
                + "&number=" + URLEncoder.encode("五司审〔2026〕3号", StandardCharsets.UTF_8), draft);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<String> p;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
        assertThat(p.get(0)).isEqualTo("合法性审查意见书");
        assertThat(p).contains("审查机关：五台县司法局", "编号：五司审〔2026〕3号", "关于《关于加强村容村貌管理的通知》的合法性审查意见",
                "审查结论：不予通过，请修改后重新报送。");
        assertThat(p).anyMatch(s -> s.contains("处以五百元罚款")).anyMatch(s -> s.startsWith("审查人（签名）"));
    }

    @Test
    void quizResultsDownloadAsAnExcelWorkbookWithTheTraineesName() throws Exception {
        HttpResponse<byte[]> paper = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/quiz?count=3&seed=77&kinds=SCENARIO")).build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode questions = json(paper).path("questions");
        assertThat(questions).hasSize(3);
        String sheet = "{\"count\":3,\"seed\":77,\"kinds\":[\"SCENARIO\"],\"difficulty\":\"normal\",\"answers\":{\""
                + questions.get(0).path("id").asText() + "\":\"A\"}}";
        HttpResponse<byte[]> r = post("/api/v1/quiz/results.xlsx?trainee=" + URLEncoder.encode("张三", StandardCharsets.UTF_8), sheet);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        HttpResponse<byte[]> marked = post("/api/v1/quiz/answers", sheet);
        JsonNode result = json(marked);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet s = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : s) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
            assertThat(rows.get(0)).containsExactly("姓名", "张三");
            assertThat(rows.get(1)).containsExactly("试卷号", "77");
            assertThat(rows).contains(List.of("得分", result.path("score").asInt() + " / 3"));
            assertThat(rows).contains(List.of("题号", "题型", "题目", "作答", "正确答案", "是否正确", "解析"));
            List<String> first = rows.get(rows.indexOf(List.of("题号", "题型", "题目", "作答", "正确答案", "是否正确", "解析")) + 1);
            assertThat(first.get(0)).isEqualTo("1");
            assertThat(first.get(1)).isEqualTo("情景判断");
            assertThat(first.get(3)).isEqualTo("A");
            assertThat(first.get(4)).isEqualTo(result.path("questions").get(0).path("answer").asText());
            assertThat(first.get(5)).isEqualTo(result.path("questions").get(0).path("correct").asBoolean() ? "正确" : "错误");
        }
    }
}
