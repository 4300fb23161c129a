package cn.quanze.cli;

import cn.quanze.Quanze;
import cn.quanze.evaluation.Evaluation;
import cn.quanze.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "eval",
        description = {"用标注好的问题集评估自由文本问答：逐个问题集打印“误答可以”（期望不是“可以”却答“可以”）、“可以”的准确率、",
                "首位命中率、前三命中率、结论准确率和弃答率（有答案却答“无法判断”）。",
                "不给文件时，评估 src/test/resources/eval/ 下的全部问题集（*-heldout 为留出集，从未据以调整）。",
                "例：./quanze eval            ./quanze eval --misses src/test/resources/eval/adversarial-heldout.jsonl",
                "    ./quanze eval --vetting  草案文本检测：按问题类型分别打印调试部分与留出部分的召回率、精确率"})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "JSON Lines 问题集（可多个）")
    List<Path> files = new ArrayList<>();

    @Option(names = "--misses", description = "列出未命中的问题（与 --vetting 同用：列出检出与标注不符的句子）")
    boolean misses;

    @Option(names = "--vetting", description = "评估草案文本检测（src/test/resources/vetting-eval/ 的调试部分与留出部分，及公报文件）")
    boolean vetting;

    @Option(names = "--train-model", description = "与 --vetting 同用：先据调试部分重新训练文本检测模型，写回 catalog/vetting-model.tsv，再评估")
    boolean trainModel;

    @Override
    public Integer call() throws Exception {
        if (trainModel && !vetting) throw new Main.UsageException("--train-model 只能与 --vetting 同用");
        if (vetting && trainModel) VettingEval.trainModel(Quanze.defaultHome());
        if (vetting) return VettingEval.run(Quanze.defaultHome(), misses);
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            List<Path> sets = files.isEmpty() ? defaultSets(q) : files;
            System.out.printf("%-34s %5s %8s %10s %7s %7s %8s %7s%n", "问题集", "题数", "误答可以", "可以准确率", "首位", "前三", "结论准确", "弃答");
            int permitted = 0, falsePermits = 0, heldPermitted = 0, heldFalse = 0;
            for (Path f : sets) {
                if (!Files.isReadable(f)) throw new Main.UsageException("无法读取文件：" + f);
                Evaluation.Report r = Evaluation.run(q.authority(), read(f));
                System.out.printf("%-34s %5d %8d %9.1f%% %6.1f%% %6.1f%% %7.1f%% %6.1f%%%n", f.getFileName(), r.total(), r.falsePermits(),
                        100 * r.permitPrecision(), 100 * r.top1Rate(), 100 * r.top3Rate(), 100 * r.verdictRate(), 100 * r.abstentionRate());
                if (misses) printMisses(r);
                permitted += r.permitted();
                falsePermits += r.falsePermits();
                if (f.getFileName().toString().contains("held")) {
                    heldPermitted += r.permitted();
                    heldFalse += r.falsePermits();
                }
            }
            if (sets.size() > 1) {
                System.out.printf("合计：答“可以” %d 次，其中误答 %d 次，可以准确率 %.1f%%；留出部分答“可以” %d 次，误答 %d 次。%n", permitted, falsePermits,
                        permitted == 0 ? 100.0 : 100.0 * (permitted - falsePermits) / permitted, heldPermitted, heldFalse);
            }
        }
        return 0;
    }

    private static List<Path> defaultSets(Quanze q) throws IOException {
        Path dir = Quanze.defaultHome().resolve("src/test/resources/eval");
        if (!Files.isDirectory(dir)) throw new Main.UsageException("找不到问题集目录 " + dir + "；请给出问题集文件。");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static List<Evaluation.Question> read(Path f) throws IOException {
        List<Evaluation.Question> qs = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) qs.add(Json.MAPPER.readValue(line, Evaluation.Question.class));
        }
        return qs;
    }

    private static void printMisses(Evaluation.Report r) {
        for (Evaluation.Miss m : r.misses()) {
            System.out.printf("  未命中 %s [%s%s] %s｜%s%n      期望 事项%s %s%s；实得 事项%s %s %s 候选%s%n",
                    m.question().id(), m.itemWrong() ? "事项" : "", m.verdictWrong() ? (m.itemWrong() ? "+结论" : "结论") : "",
                    m.question().body(), m.question().query(), m.question().expectItems(), m.question().accepted(),
                    m.question().expectCodes() == null ? "" : " " + m.question().expectCodes(),
                    m.gotItem(), m.gotVerdict(), m.gotCodes(), m.gotCandidates());
        }
    }
}
