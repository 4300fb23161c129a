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

import cn.quanze.catalogue.Body;
import cn.quanze.decision.ReasonCode;
import cn.quanze.json.Names;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = {"判断一个机构能否实施某一行为（权限查询）。"},
        footer = {"", "示例：",
                "  ./quanze check --body 东冶镇 --query \"村民没批准就占地盖房，镇里能罚吗？\"",
                "  ./quanze check --body 东冶 --item 150 --facts '{\"partyType\":\"INDIVIDUAL\",\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":500}}' --json",
                "  ./quanze check --batch examples/requests.jsonl   （每行一个请求；item 可作 itemId 的简写）"})
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--body", paramLabel = "机构", description = "行为机关：全称或常用简称（东冶镇、东冶、县发改委）")
    String body;

    @Option(names = "--item", paramLabel = "序号", description = "清单事项序号 1–152")
    Integer item;

    @Option(names = "--query", paramLabel = "问题", description = "用中文描述拟办事项")
    String query;

    @Option(names = "--action", paramLabel = "行为", description = "行为：${COMPLETION-CANDIDATES}")
    Act action;

    @Option(names = "--facts", paramLabel = "JSON", description = "案件事实（JSON），如 '{\"partyType\":\"INDIVIDUAL\",\"penalty\":{\"kind\":\"FINE\",\"amountYuan\":500}}'")
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
                throw new Main.UsageException("--facts 不是有效的事实对象：" + Json.describe(e));
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
            // a slip of the keyboard (东治镇 for 东冶镇) is pointed out; the decision itself stays as the rules gave it
            for (String hint : hints(q, d, f)) (json ? System.err : System.out).println("提示：" + hint);
        }
        return 0;
    }

    private List<String> hints(Quanze q, Decision d, Facts f) {
        List<String> out = new ArrayList<>();
        if (d.has(ReasonCode.UNKNOWN_BODY)) {
            List<String> names = new ArrayList<>();
            for (Body b : q.data().bodies().all()) {
                names.add(b.name());
                names.addAll(b.aliases());
            }
            Names.nearest(body, names).ifPresent(n -> out.add("没有找到机构“" + body.strip() + "”，是不是“" + n + "”？"));
        }
        String place = f == null ? null : f.location();
        if (place != null && q.data().gazetteer().resolve(place).unknown()) {
            Names.nearest(place, q.data().gazetteer().names())
                    .ifPresent(n -> out.add("没有找到地点“" + place.strip() + "”，是不是“" + n + "”？"));
        }
        return out;
    }

    private int runBatch() throws IOException {
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            JsonLines.run(batch, "check", AuthorityRequest.class, r -> q.authority().decide(r));
        }
        return 0;
    }
}
