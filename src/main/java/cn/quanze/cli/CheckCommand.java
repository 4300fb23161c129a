package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.Quanze;
import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.Facts;
import cn.quanze.decision.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
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

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "按该日判断（默认今天）")
    java.time.LocalDate asOf;

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
                throw new Main.UsageException("--facts 不是有效的 JSON 事实对象：" + cn.quanze.json.InputErrors.describe(e));
            }
        }
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            Decision d;
            try {
                d = q.authority().decide(cn.quanze.json.InputErrors.check(new AuthorityRequest(null, body, item, query, action, f, asOf)));
            } catch (InvalidRequestException e) {
                throw new Main.UsageException(e.getMessage());
            }
            if (json) System.out.println(Json.MAPPER.writeValueAsString(d));
            else Printer.decision(d, System.out);
        }
        return 0;
    }

    private int runBatch() throws IOException {
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            JsonLines.run(batch, "check", AuthorityRequest.class, r -> q.authority().decide(r));
        }
        return 0;
    }
}
