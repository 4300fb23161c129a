package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.QuanzeFixture;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch contract: every line answered in order, a bad line gets an error object, the batch goes on. */
class CheckBatchTest extends CommandLineFixture {

    @Test
    void badLinesGetAnErrorObjectAndTheBatchGoesOn() throws Exception {
        Path f = tmp.resolve("requests.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"a\",\"body\":\"东冶镇\",\"itemId\":121,\"action\":\"PENALIZE\"}",
                "{not json",
                "{\"id\":\"c\",\"body\":\"东冶镇\",\"itemId\":999}",
                "{\"id\":\"d\",\"itemId\":1}",
                "{\"id\":\"e\",\"body\":\"东冶镇\",\"action\":\"FLY\"}",
                "",
                "{\"id\":7,\"body\":\"东冶\",\"query\":\"镇里能直接批低保吗？\"}"), StandardCharsets.UTF_8);
        int code = run("check", "--batch", f.toString());
        assertThat(code).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("PERMITTED");
        assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("INVALID_JSON");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("c");
        assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("UNKNOWN_ITEM");
        assertThat(lines.get(3).get("error").get("code").asText()).isEqualTo("MISSING_BODY");
        assertThat(lines.get(3).get("error").get("message").asText()).contains("body");
        assertThat(lines.get(4).get("error").get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(lines.get(5).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(5).get("verdict").asText()).isEqualTo("NOT_PERMITTED");
    }

    @Test
    void unreadableFileExitsWithTwo() {
        assertThat(run("check", "--batch", tmp.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(stderr()).contains("无法读取文件");
    }

    @Test
    void unusableArgumentsExitWithTwo() {
        assertThat(run("check", "--item", "abc", "--body", "东冶")).isEqualTo(2);
        assertThat(run("check", "--item", "3")).isEqualTo(2);
    }

    @Test
    void oneDecisionAsJsonCarriesTheContractFields() throws Exception {
        assertThat(run("check", "--body", "东冶", "--item", "45", "--action", "APPROVE", "--json")).isZero();
        JsonNode d = Json.MAPPER.readTree(stdout());
        for (String field : List.of("id", "verdict", "body", "item", "candidates", "reasons", "conditions", "basis", "rulesFired", "catalogue")) {
            assertThat(d.has(field)).as(field).isTrue();
        }
        assertThat(d.get("reasons").get(0).get("code").asText()).isEqualTo("STAGE_EXCEEDS_POWER");
        assertThat(d.get("basis").get(0).get("provisions").get(0).asText()).isEqualTo("第十一条");
        assertThat(d.get("catalogue").get("sha256").asText()).hasSize(64);
    }

    @Test
    void humanReadableAnswerIsChinese() {
        assertThat(run("check", "--body", "东冶镇", "--query", "村民没批准就占地盖房，镇里能罚吗？")).isZero();
        assertThat(stdout()).contains("结论：可以").contains("第121项").contains("《中华人民共和国土地管理法》第七十八条");
    }

    @Test
    void lintPassesOnTheRealData() {
        assertThat(run("catalogue", "lint")).isZero();
        assertThat(stdout()).contains("校验通过").contains("152");
    }

    @Test
    void overlongQuestionIsRefusedOnItsLineAndTheBatchGoesOn() throws Exception {
        Path f = tmp.resolve("long.jsonl");
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 3000; i++) q.appendCodePoint(0x4e00 + (i * 7919) % 20000);
        Files.write(f, List.of(
                "{\"id\":\"long\",\"body\":\"东冶镇\",\"query\":\"" + q + "\"}",
                "{\"id\":\"ok\",\"body\":\"东冶镇\",\"itemId\":121}"), StandardCharsets.UTF_8);
        assertThat(run("check", "--batch", f.toString())).isZero();
        List<JsonNode> lines = jsonLines();
        assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("QUERY_TOO_LONG");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("PERMITTED");
    }
}
