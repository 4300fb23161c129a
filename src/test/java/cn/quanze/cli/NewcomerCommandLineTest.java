package cn.quanze.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer types first: --help everywhere, Chinese errors, "did you mean", no silently ignored field. */
class NewcomerCommandLineTest extends CommandLineFixture {

    /** picocli's own English, which must not reach a user. */
    private static final Pattern ENGLISH = Pattern.compile("Usage:|Options:|Commands:|Unknown option|Unmatched argument|"
            + "Missing required|Invalid value|Show this help|Display help|Print version|expected one of|Did you mean|Unrecognized");

    private static void commandsOf(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            commandsOf(e.getValue(), p, out);
        }
    }

    @Test
    void everyCommandAnswersHelpInChinese() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        commandsOf(Main.commandLine(), List.of(), commands);
        assertThat(commands).contains(List.of("check"), List.of("vet"), List.of("quiz"), List.of("serve"), List.of("catalogue", "show"));
        for (List<String> c : commands) {
            out.reset();
            err.reset();
            List<String> args = new ArrayList<>(c);
            args.add("--help");
            assertThat(run(args.toArray(String[]::new))).as(c + " --help: " + stderr()).isZero();
            assertThat(stdout()).as(c.toString()).contains("用法：quanze").contains("选项：").contains("显示本命令的说明并退出");
            assertThat(ENGLISH.matcher(stdout()).find()).as(c + " --help in Chinese:\n" + stdout()).isFalse();
        }
    }

    @Test
    void helpNamesTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("退出状态：0").contains("2 参数无法使用");
    }

    @Test
    void aMistypedCommandGetsTheNearestName() {
        assertThat(run("chek", "--body", "东冶")).isEqualTo(2);
        assertThat(stderr()).contains("没有这个命令：“chek”").contains("是不是“check”？");
        assertThat(ENGLISH.matcher(stderr()).find()).as(stderr()).isFalse();
    }

    @Test
    void parameterErrorsAreWhollyChinese() {
        assertThat(run("check", "--bdy", "东冶")).isEqualTo(2);
        assertThat(stderr()).contains("无法识别的参数：“--bdy”").contains("是不是“--body”？");
        err.reset();
        assertThat(run("check", "--item", "abc", "--body", "东冶")).isEqualTo(2);
        assertThat(stderr()).contains("--item 的值“abc”无效：应为整数");
        err.reset();
        assertThat(run("check", "--body", "东冶", "--action", "APPROVAL")).isEqualTo(2);
        assertThat(stderr()).contains("--action 的值“APPROVAL”无效：应为以下之一：").contains("APPROVE");
        err.reset();
        assertThat(run("catalogue", "show")).isEqualTo(2);
        assertThat(stderr()).contains("缺少必填参数：序号");
        err.reset();
        assertThat(run("check", "--body", "东冶", "--item", "121", "--facts", "{\"partyTyp\":\"INDIVIDUAL\"}")).isEqualTo(2);
        assertThat(stderr()).contains("未知字段 “partyTyp”").contains("是不是“partyType”？");
        assertThat(ENGLISH.matcher(stderr()).find()).as(stderr()).isFalse();
    }

    @Test
    void aMistypedBodyOrVillageGetsTheNearestName() {
        assertThat(run("check", "--body", "东治镇", "--item", "121")).isZero();
        assertThat(stdout()).contains("结论：无法判断").contains("提示：没有找到机构“东治镇”，是不是“东冶镇”？");
        out.reset();
        assertThat(run("check", "--body", "东冶镇", "--item", "121", "--facts", "{\"location\":\"大朴材\"}")).isZero();
        assertThat(stdout()).contains("提示：没有找到地点“大朴材”，是不是“大朴”？");
    }

    @Test
    void aBatchLineWithItemIsAnsweredAndAnUnknownFieldIsAnError() throws Exception {
        Path f = tmp.resolve("r.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a\",\"body\":\"东冶\",\"item\":45,\"action\":\"APPROVE\"}",
                "{\"id\":\"b\",\"body\":\"东冶\",\"itemNo\":45}",
                "{\"id\":\"c\",\"body\":\"东冶\",\"itemId\":45,\"facts\":{\"emergncy\":true}}"), StandardCharsets.UTF_8);
        assertThat(run("check", "--batch", f.toString())).isZero();
        List<JsonNode> l = jsonLines();
        assertThat(l.get(0).path("item").path("id").asInt()).isEqualTo(45);
        assertThat(l.get(0).path("reasons").findValuesAsText("code")).contains("STAGE_EXCEEDS_POWER");
        assertThat(l.get(1).path("id").asText()).isEqualTo("b");
        assertThat(l.get(1).path("error").path("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(l.get(1).path("error").path("message").asText()).contains("未知字段 “itemNo”").contains("是不是“itemId”？");
        assertThat(l.get(2).path("error").path("message").asText()).contains("未知字段 “facts.emergncy”").contains("是不是“emergency”？");
    }

    @Test
    void theShippedExampleBatchIsAnsweredLineByLine() throws Exception {
        Path example = cn.quanze.QuanzeFixture.home().resolve("examples/requests.jsonl");
        long lines = Files.readAllLines(example).stream().filter(s -> !s.isBlank()).count();
        assertThat(run("check", "--batch", example.toString())).isZero();
        List<JsonNode> l = jsonLines();
        assertThat(l).hasSize((int) lines);
        assertThat(l).allMatch(n -> n.has("verdict"));
        assertThat(l.get(2).path("item").path("id").asInt()).as("item is an alias of itemId").isEqualTo(152);
        assertThat(l.get(2).path("verdict").asText()).isEqualTo("NOT_PERMITTED");
    }
}
