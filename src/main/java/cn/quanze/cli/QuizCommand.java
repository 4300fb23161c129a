package cn.quanze.cli;

import cn.quanze.Quanze;
import cn.quanze.quiz.Difficulty;
import cn.quanze.quiz.Paper;
import cn.quanze.quiz.QuestionKind;
import cn.quanze.quiz.QuizFormat;
import cn.quanze.quiz.QuizGenerator;
import cn.quanze.quiz.QuizPlayer;
import cn.quanze.quiz.QuizSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "quiz", description = {"生成培训测验题（答案由判断引擎给出），导出或在终端作答。",
        "例：./quanze quiz --count 5 --seed 7 --format gift",
        "    ./quanze quiz --count 10 --kinds SCENARIO --topic 行政处罚 --play"})
public final class QuizCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "题目数量（默认 ${DEFAULT-VALUE}）")
    int count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "随机种子：相同种子输出逐字节相同（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--kinds", paramLabel = "题型", description = "题型，逗号分隔：SCENARIO,BASIS,TYPE,ISSUER（默认全部）")
    String kinds;

    @Option(names = "--difficulty", paramLabel = "难度", defaultValue = "normal", description = "easy|normal|hard（默认 ${DEFAULT-VALUE}）")
    String difficulty;

    @Option(names = "--topic", paramLabel = "主题", description = "主题：职权类型（行政处罚）或法律名称的一部分（消防法）")
    String topic;

    @Option(names = "--format", paramLabel = "格式", defaultValue = "json", description = "json|markdown|html|gift|moodle（默认 ${DEFAULT-VALUE}）")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "写入文件（默认标准输出）")
    Path out;

    @Option(names = "--play", description = "在终端逐题作答（可用管道输入答案）")
    boolean play;

    @Option(names = "--stats", description = "列出每种题型可生成的不同题目数")
    boolean stats;

    @Override
    public Integer call() throws Exception {
        QuizSpec spec;
        QuizFormat fmt;
        try {
            spec = new QuizSpec(count, seed, QuizSpec.parseKinds(kinds), Difficulty.parse(difficulty), topic);
            fmt = QuizFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            QuizGenerator g = new QuizGenerator(q);
            if (stats) {
                Map<QuestionKind, Integer> m = g.stats(spec.topic());
                int total = 0;
                System.out.println("可生成的不同题目数" + (spec.topic() == null ? "" : "（主题：" + spec.topic() + "）") + "：");
                for (var e : m.entrySet()) {
                    System.out.printf("  %-9s %-10s %5d%n", e.getKey().name(), e.getKey().label(), e.getValue());
                    total += e.getValue();
                }
                System.out.printf("  %-20s %5d%n", "合计", total);
                return 0;
            }
            Paper p = g.paper(spec);
            if (p.questions().isEmpty()) {
                System.err.println("没有符合条件的题目（主题：" + spec.topic() + "）。");
                return 1;
            }
            if (p.questions().size() < spec.count()) {
                System.err.println("注意：符合条件的题目只有 " + p.questions().size() + " 道。");
            }
            if (play) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                new QuizPlayer(in, System.out).play(p);
                return 0;
            }
            String text = fmt.render(p);
            if (out != null) {
                Files.writeString(out, text, StandardCharsets.UTF_8);
                System.err.println("已写入 " + out + "（" + p.questions().size() + " 题）");
            } else {
                System.out.print(text);
            }
            return 0;
        }
    }
}
