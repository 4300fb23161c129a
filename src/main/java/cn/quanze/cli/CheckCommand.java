package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.Quanze;
import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.decision.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check", description = {"判断一个机构能否实施某一行为（权限查询）。",
        "例：./quanze check --body 东冶镇 --query \"村民没批准就占地盖房，镇里能罚吗？\""})
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--body", description = "行为机关：全称或常用简称（东冶镇、东冶、县发改委）")
    String body;

    @Option(names = "--item", description = "清单事项序号 1–152")
    Integer item;

    @Option(names = "--query", description = "用中文描述拟办事项")
    String query;

    @Option(names = "--action", description = "行为：${COMPLETION-CANDIDATES}")
    Act action;

    @Option(names = "--facts", description = "案件事实（JSON），如 '{\"partyType\":\"INDIVIDUAL\",\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":500}}'")
    String facts;

    @Option(names = "--json", description = "输出合同规定的 JSON 决定对象")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines 批量请求文件（- 表示标准输入）")
    String batch;

    @Override
    public Integer call() throws Exception {
        if (batch != null) return runBatch();
        if (body == null) throw new Main.UsageException("缺少 --body（或使用 --batch FILE）");
        Facts f = null;
        if (facts != null) {
            try {
                f = Json.MAPPER.readValue(facts, Facts.class);
            } catch (JsonProcessingException e) {
                throw new Main.UsageException("--facts 不是有效的 JSON 事实对象：" + e.getOriginalMessage());
            }
        }
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            Decision d;
            try {
                d = q.authority().decide(new AuthorityRequest(null, body, item, query, action, f, null));
            } catch (InvalidRequestException e) {
                throw new Main.UsageException(e.getMessage());
            }
            if (json) System.out.println(Json.MAPPER.writeValueAsString(d));
            else Printer.decision(d, System.out);
        }
        return 0;
    }

    private int runBatch() throws IOException {
        BufferedReader in;
        long total = -1;
        if (batch.equals("-")) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        } else {
            Path p = Path.of(batch);
            if (!Files.isReadable(p)) throw new Main.UsageException("无法读取文件：" + batch);
            try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
                total = lines.count();
            }
            in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        }
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        Progress progress = new Progress("check", total);
        try (Quanze q = Quanze.start(Quanze.defaultHome()); in) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                out.println(answer(q, line, n));
                progress.step(n);
            }
            progress.done(n);
        } finally {
            out.flush();
        }
        return 0;
    }

    static String answer(Quanze q, String line, long lineNo) throws JsonProcessingException {
        Object id = null;
        try {
            var node = Json.MAPPER.readTree(line);
            if (!(node instanceof ObjectNode obj)) return error(null, "INVALID_REQUEST", "第 " + lineNo + " 行不是 JSON 对象。");
            if (obj.hasNonNull("id")) id = obj.get("id").isTextual() ? obj.get("id").asText() : obj.get("id");
            AuthorityRequest r;
            try {
                r = Json.MAPPER.treeToValue(obj, AuthorityRequest.class);
            } catch (JsonProcessingException e) {
                return error(id, "INVALID_REQUEST", "第 " + lineNo + " 行字段有误：" + e.getOriginalMessage());
            }
            return Json.MAPPER.writeValueAsString(q.authority().decide(r));
        } catch (InvalidRequestException e) {
            return error(id, e.code(), "第 " + lineNo + " 行：" + e.getMessage());
        } catch (JsonProcessingException e) {
            return error(null, "INVALID_JSON", "第 " + lineNo + " 行不是有效的 JSON：" + e.getOriginalMessage());
        }
    }

    static String error(Object id, String code, String message) throws JsonProcessingException {
        var node = Json.MAPPER.createObjectNode();
        node.putPOJO("id", id);
        var err = node.putObject("error");
        err.put("code", code);
        err.put("message", message);
        return Json.MAPPER.writeValueAsString(node);
    }
}
