package cn.quanze.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 1: batches are read as bytes; a bad byte, CR, BOM or CRLF costs at most its own line. */
class BatchBytesTest extends CommandLineFixture {

    private static final String GOOD = "{\"id\":\"a\",\"body\":\"东冶镇\",\"itemId\":121,\"action\":\"PENALIZE\"}";

    private Path file(byte[]... lines) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] l : lines) b.write(l);
        Path f = tmp.resolve("batch.jsonl");
        Files.write(f, b.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("一个无效的 UTF-8 字节只让它所在的那一行报错，其余各行照常回答，退出码 0")
    void invalidUtf8CostsOnlyItsLine() throws Exception {
        byte[] bad = utf8("{\"id\":\"b\",\"body\":\"东冶镇\",\"query\":\"X\"}\n");
        bad[bad.length - 4] = (byte) 0xC3; // a lead byte followed by '"': malformed
        Path f = file(utf8(GOOD + "\n"), bad, utf8("{\"id\":\"c\",\"body\":\"东冶镇\",\"itemId\":121}\n"));
        assertThat(run("check", "--batch", f.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("verdict").asText()).isEqualTo("PERMITTED");
        assertThat(lines.get(1).path("error").path("code").asText()).isEqualTo("INVALID_UTF8");
        assertThat(lines.get(1).path("error").path("message").asText()).contains("第 2 行").contains("UTF-8");
        assertThat(lines.get(2).path("id").asText()).isEqualTo("c");
        assertThat(stderr()).doesNotContain("Exception");
    }

    @Test
    @DisplayName("vet --batch 同样逐行解码：无效字节不再让整批失败")
    void vetBatchInvalidUtf8() throws Exception {
        byte[] bad = new byte[]{'{', '"', 'i', 's', 's', 'u', 'e', 'r', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
        Path f = file(bad, utf8("{\"id\":\"d\",\"issuer\":\"县民政局\",\"title\":\"关于某事的通知\",\"text\":\"各乡镇：请做好工作。\"}\n"));
        assertThat(run("vet", "--batch", f.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("error").path("code").asText()).isEqualTo("INVALID_UTF8");
        assertThat(lines.get(1).path("id").asText()).isEqualTo("d");
        assertThat(lines.get(1).has("verdict")).isTrue();
    }

    @Test
    @DisplayName("行内的单独 CR 是 JSON 空白，不拆行；BOM 和 CRLF 照常处理")
    void loneCrBomAndCrlf() throws Exception {
        Path f = file(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("{\"id\":\"a\",\r\"body\":\"东冶镇\",\"itemId\":121,\"action\":\"PENALIZE\"}\r\n"),
                utf8("{\"id\":\"b\",\"body\":\"东冶镇\",\"itemId\":121}\r\n"),
                utf8("\r\n"),
                utf8("{\"id\":\"c\",\"body\":\"东冶镇\",\"itemId\":45}"));
        assertThat(run("check", "--batch", f.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(n -> n.path("id").asText()).containsExactly("a", "b", "c");
        assertThat(lines).allMatch(n -> n.has("verdict"), "every line answered with a decision");
    }

    @Test
    @DisplayName("错误信息是中文并带行号，不含 Jackson 或 Java 的内部名称")
    void errorMessagesAreChineseWithoutInternals() throws Exception {
        Path f = file(
                utf8("{\"id\":\"a\",\"body\":\"东冶镇\",\"itemId\":\"abc\"}\n"),
                utf8("{\"id\":\"b\",\"body\":[1,2]}\n"),
                utf8("{\"id\":\"c\",\"body\":\"东冶镇\",\"asOf\":\"2024-13-45\"}\n"),
                utf8("{\"id\":\"d\",\"body\":\"东冶镇\",\"itemId\":99999999999}\n"),
                utf8("[1,2,\n"),
                utf8("{\"id\":\"f\",\"body\":\"东冶镇\",\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":-5000}},\"itemId\":152}\n"),
                utf8("{\"id\":\"g\",\"body\":\"东冶镇\",\"facts\":{\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":1e999}},\"itemId\":152}\n"),
                utf8("{\"id\":\"h\",\"body\":\"东冶镇\",\"facts\":{\"partyType\":\"ROBOT\"}}\n"),
                utf8("\"just a string\"\n"));
        assertThat(run("check", "--batch", f.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(9);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode err = lines.get(i).path("error");
            String m = err.path("message").asText();
            assertThat(err.path("code").asText()).matches("[A-Z_0-9]+");
            assertThat(m).contains("第 " + (i + 1) + " 行");
            assertThat(m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).isTrue();
            assertThat(m).doesNotContain("com.fasterxml", "java.", "cn.quanze", "Exception", "Cannot", "Unexpected", "token");
        }
        assertThat(lines.get(5).path("error").path("code").asText()).isEqualTo("INVALID_AMOUNT");
        assertThat(lines.get(6).path("error").path("code").asText()).isEqualTo("INVALID_AMOUNT");
        assertThat(lines.get(3).path("error").path("code").asText()).isEqualTo("NUMBER_OUT_OF_RANGE");
    }

    @Test
    @DisplayName("单条 check：负数罚款金额被拒绝（退出码 2，中文说明）")
    void negativeAmountRefusedInOneShot() {
        int code = run("check", "--body", "东冶镇", "--item", "152", "--facts",
                "{\"partyType\":\"ORGANIZATION\",\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":-5000}}");
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("amountYuan").contains("非负");
    }

    @Test
    @DisplayName("单条 check：停产停业的形式写 UNSPECIFIED 被拒绝（那是条文措辞未能归类的标记，不是可问的形式）")
    void unspecifiedRestrictionRefusedInOneShot() {
        int code = run("check", "--body", "东冶镇", "--item", "137", "--facts",
                "{\"partyType\":\"ORGANIZATION\",\"penalty\":{\"kind\":\"BUSINESS_RESTRICTION\",\"restriction\":\"UNSPECIFIED\"}}");
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("facts.penalty.restriction").contains("SUSPEND");
    }

    @Test
    @DisplayName("vet FILE 含无效 UTF-8：退出码 2，中文说明，无 Java 异常名")
    void vetFileInvalidUtf8() throws Exception {
        Path f = file(new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC0, '"', '}'});
        assertThat(run("vet", "--json", f.toString())).isEqualTo(2);
        assertThat(stderr()).contains("UTF-8").doesNotContain("MalformedInput");
    }
}
