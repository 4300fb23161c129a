package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.web.AuditLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, point 7: a logged request cannot drive the clerk's terminal. */
class LogEscapeTest extends CommandLineFixture {

    private static final String HOSTILE = "清屏\u001b[2J\u001b[H伪造一行\r\n2026-01-01 00:00:00  权限查询  假记录\u009b31m红字\u0007\u202e倒序";

    private void write() {
        try (AuditLog log = AuditLog.open(tmp)) {
            log.append("decision", "东冶镇人民政府\u001b]0;标题\u0007", Map.of("body", "东冶镇", "query", HOSTILE), "PERMITTED",
                    List.of("WITHIN_CATALOGUE"), "abc", List.of("r1"));
        }
    }

    private static void assertNoControls(String out) {
        String withoutLineEnds = out.replace("\n", "");
        assertThat(withoutLineEnds.codePoints().filter(LogCommand::control).toArray()).isEmpty();
    }

    @Test
    @DisplayName("摘要输出把 ESC、CR、LF、C1 和方向控制符显示为转义文字，一条记录只占一行")
    void summaryEscapesControlCharacters() {
        write();
        assertThat(run("log", "--data-dir", tmp.toString())).isZero();
        String out = stdout();
        assertNoControls(out);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).contains("\\x1b[2J").contains("\\x9b31m").contains("\\x0d\\x0a").contains("\\u+202e");
    }

    @Test
    @DisplayName("--json 输出仍是有效 JSON，原文可还原，但终端控制字符都被转义")
    void jsonOutputEscapesC1AndStaysValid() throws Exception {
        write();
        assertThat(run("log", "--data-dir", tmp.toString(), "--json")).isZero();
        String out = stdout();
        assertNoControls(out);
        assertThat(Json.MAPPER.readTree(out.strip()).path("request").path("query").asText()).isEqualTo(HOSTILE);
    }
}
