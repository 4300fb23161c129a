package cn.quanze.fuzz;

import cn.quanze.QuanzeFixture;
import cn.quanze.cli.Main;
import cn.quanze.web.WebApplication;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 8: a few thousand seeded hostile inputs across every endpoint and the command-line batches.
 * No 5xx, every 4xx problem+json with a code and Chinese detail, no internal names in any answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = WebApplication.class,
        properties = {"quanze.data-dir=target/fuzz-test-data", "quanze.admin-token=fuzz-token-0123456789abcdef"})
class FuzzTest {
    static final long SEED = Long.getLong("quanze.fuzz.seed", 13);

    @LocalServerPort
    int port;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("HTTP：2,000 个带种子的恶意请求，覆盖每个接口和请求方法")
    void http() {
        Fuzzer f = new Fuzzer(SEED, "http://localhost:" + port, "fuzz-token-0123456789abcdef");
        f.run(Integer.getInteger("quanze.fuzz.requests", 2000));
        assertThat(f.sent).isGreaterThan(1900);
        assertThat(f.statuses.keySet()).as("both answers and refusals are exercised").contains(200, 400, 401, 403, 404, 405);
        assertThat(f.violations).as("seed " + SEED).isEmpty();
    }

    @Test
    @DisplayName("命令行批量：2,000 行恶意输入，每行一个答复或带行号的中文错误，不含内部名称")
    void cliBatches() throws Exception {
        for (boolean vetting : new boolean[]{false, true}) {
            Fuzzer f = new Fuzzer(SEED + (vetting ? 1 : 0), null, null);
            int n = vetting ? 500 : 1500;
            ByteArrayOutputStream in = new ByteArrayOutputStream();
            for (int i = 0; i < n; i++) {
                in.writeBytes(f.line(vetting));
                in.write(i % 3 == 0 ? '\r' : ' ');
                in.write('\n');
            }
            Path file = tmp.resolve(vetting ? "drafts.jsonl" : "requests.jsonl");
            Files.write(file, in.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            PrintStream oldOut = System.out, oldErr = System.err;
            String oldHome = System.getProperty("quanze.home");
            System.setProperty("quanze.home", QuanzeFixture.home().toString());
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.commandLine().execute(vetting ? "vet" : "check", "--batch", file.toString());
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
                if (oldHome == null) System.clearProperty("quanze.home");
                else System.setProperty("quanze.home", oldHome);
            }
            assertThat(code).isZero();
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(n);
            int errors = 0;
            for (int i = 0; i < n; i++) {
                String line = lines.get(i);
                for (String name : Fuzzer.INTERNAL) assertThat(line).as("line " + (i + 1)).doesNotContain(name);
                JsonNode node = Fuzzer.M.readTree(line);
                if (node.has("error")) {
                    errors++;
                    assertThat(node.path("error").path("code").asText()).matches("[A-Z][A-Z_0-9]+");
                    assertThat(node.path("error").path("message").asText()).contains("第 " + (i + 1) + " 行");
                } else {
                    assertThat(node.has("verdict")).as("line " + (i + 1) + ": " + line).isTrue();
                }
            }
            assertThat(errors).as("hostile lines are refused").isGreaterThan(n / 10);
            assertThat(errors).as("most mutations still make answerable requests").isLessThan(n);
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        }
    }
}
