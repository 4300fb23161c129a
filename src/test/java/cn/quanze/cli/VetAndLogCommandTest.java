package cn.quanze.cli;

import cn.quanze.QuanzeFixture;
import cn.quanze.json.Json;
import cn.quanze.web.AuditLog;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VetAndLogCommandTest extends CommandLineFixture {

    @Test
    void vetBatchAnswersEveryDraftAndReportsBadOnes() throws Exception {
        Path f = tmp.resolve("drafts.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"ok\",\"issuer\":\"东冶镇\",\"title\":\"关于做好秸秆禁烧工作的通知\",\"docNumber\":\"东政发〔2024〕2号\",\"legalityReviewed\":true,\"text\":\"各村：请加强宣传，落实网格责任。\"}",
                "{\"id\":\"fine\",\"issuer\":\"县农业农村局\",\"title\":\"秸秆禁烧管理办法\",\"legalityReviewed\":true,\"text\":\"违者处以一千元罚款。\"}",
                "{\"id\":\"bad\",\"issuer\":\"东冶镇\",\"text\":\"没有标题\"}",
                "[1,2]"), StandardCharsets.UTF_8);
        assertThat(run("vet", "--batch", f.toString())).isZero();
        List<JsonNode> l = jsonLines();
        assertThat(l).hasSize(4);
        assertThat(l.get(0).get("verdict").asText()).isEqualTo("PASS");
        assertThat(l.get(1).get("verdict").asText()).isEqualTo("FAIL");
        assertThat(l.get(1).get("findings").toString()).contains("SETS_PENALTY");
        assertThat(l.get(2).get("id").asText()).isEqualTo("bad");
        assertThat(l.get(2).get("error").get("code").asText()).isEqualTo("MISSING_FIELD");
        assertThat(l.get(3).get("error").get("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void vetPrintsThePastableOpinionByDefault() {
        assertThat(run("vet", QuanzeFixture.home().resolve("examples/draft-fees.json").toString())).isZero();
        assertThat(stdout()).contains("合法性审查意见").contains("一、基本情况")
                .contains("二、发现的问题").contains("三、修改建议").contains("审查结论：不予通过");
    }

    @Test
    void logFiltersByBodyAndVerdict() throws Exception {
        try (AuditLog log = AuditLog.open(tmp)) {
            log.append("decision", "东冶镇人民政府", java.util.Map.of("body", "东冶镇"), "PERMITTED", List.of("WITHIN_CATALOGUE"), "abc", List.of("r1"));
            log.append("decision", "台城镇人民政府", java.util.Map.of("body", "台城镇"), "NOT_PERMITTED", List.of("OUT_OF_JURISDICTION"), "abc", List.of("r2"));
        }
        assertThat(run("log", "--data-dir", tmp.toString(), "--verdict", "NOT_PERMITTED", "--json")).isZero();
        List<JsonNode> l = jsonLines();
        assertThat(l).hasSize(1);
        assertThat(l.get(0).toString()).contains("台城镇");
    }
}
