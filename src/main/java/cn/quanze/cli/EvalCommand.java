package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.Quanze;
import cn.quanze.matching.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {"用标注好的问题集评估自由文本匹配：打印首位命中率、前三命中率、结论准确率，并列出未命中的问题。",
        "例：./quanze eval src/test/resources/eval/authority-questions.jsonl",
        "    ./quanze eval --vetting        草案文本检测：按问题类型分别打印调试部分与留出部分的召回率、精确率"})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "JSON Lines 问题集")
    Path file;

    @Option(names = "--vetting", description = "评估草案文本检测（src/test/resources/vetting-eval/ 的调试部分与留出部分，及公报文件）")
    boolean vetting;

    @Option(names = "--misses", description = "与 --vetting 同用：列出检出与标注不符的句子")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        if (vetting) return VettingEval.run(Quanze.defaultHome(), misses);
        if (file == null) throw new Main.UsageException("请给出问题集文件，或使用 --vetting");
        if (!Files.isReadable(file)) throw new Main.UsageException("无法读取文件：" + file);
        List<Evaluation.Question> qs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) qs.add(Json.MAPPER.readValue(line, Evaluation.Question.class));
        }
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            Evaluation.Report r = Evaluation.run(q.authority(), qs);
            for (Evaluation.Miss m : r.misses()) {
                System.out.printf("未命中 %s [%s%s] %s｜%s%n    期望 事项%s %s%s；实得 事项%s %s %s 候选%s%n",
                        m.question().id(), m.itemWrong() ? "事项" : "", m.verdictWrong() ? (m.itemWrong() ? "+结论" : "结论") : "",
                        m.question().body(), m.question().query(), m.question().expectItems(), m.question().expectVerdict(),
                        m.question().expectCodes() == null ? "" : " " + m.question().expectCodes(),
                        m.gotItem(), m.gotVerdict(), m.gotCodes(), m.gotCandidates());
            }
            System.out.printf("问题数 %d%n首位命中（top-1）  %d/%d = %.1f%%%n前三命中（top-3）  %d/%d = %.1f%%%n结论准确          %d/%d = %.1f%%%n",
                    r.total(), r.top1(), r.total(), 100 * r.top1Rate(), r.top3(), r.total(), 100 * r.top3Rate(),
                    r.verdicts(), r.total(), 100 * r.verdictRate());
        }
        return 0;
    }
}
