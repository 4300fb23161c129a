package cn.quanze.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code ./quanze} command line. One-shot commands never start Spring; only {@code serve} does. */
@Command(name = "quanze", mixinStandardHelpOptions = true, version = "quanze 0.1.0",
        description = {"权责：乡镇和县级机关“能不能做、依据是什么”的检查工具（五台县 2023 年清单）。", ""},
        subcommands = {CheckCommand.class, VetCommand.class, CatalogueCommand.class, EvalCommand.class,
                BenchCommand.class, ServeCommand.class, LogCommand.class, QuizCommand.class, ExportDataCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "示例：",
                "  ./quanze check --body 东冶镇 --query \"村民没批准就占地盖房，镇里能罚吗？\"",
                "  ./quanze check --body 东冶 --item 45 --action APPROVE --json",
                "  ./quanze check --batch requests.jsonl",
                "  ./quanze vet --json draft.json",
                "  ./quanze catalogue lint",
                "  ./quanze catalogue show 120",
                "  ./quanze eval src/test/resources/eval/authority-questions.jsonl",
                "  ./quanze bench",
                "  ./quanze serve --port 8080",
                "  ./quanze log --since 2026-01-01 --verdict NOT_PERMITTED",
                "  ./quanze quiz --count 5 --seed 7 --format gift"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--data-dir", paramLabel = "D", scope = CommandLine.ScopeType.INHERIT,
            description = "数据目录（默认 ./data）：决定日志写在 D/audit；D 中若有 catalog/ 和 rules/，就用它们代替内置的清单和规则")
    void dataDir(java.nio.file.Path d) {
        cn.quanze.Home.useDataDir(d);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: unusable arguments and unreadable files exit with 2, per the contract. */
    public static CommandLine commandLine() {
        cn.quanze.Home.useDataDir(null);
        return new CommandLine(new Main())
                .setParameterExceptionHandler((ex, args) -> {
                    String what = ex instanceof CommandLine.MissingParameterException ? "缺少必填参数"
                            : ex instanceof CommandLine.UnmatchedArgumentException ? "无法识别的参数" : "参数取值无效";
                    System.err.println("错误：" + what + "（" + ex.getMessage() + "）");
                    ex.getCommandLine().usage(System.err);
                    return 2;
                })
                .setExecutionExceptionHandler((ex, cl, parsed) -> {
                    System.err.println("错误：" + ex.getMessage());
                    return ex instanceof UsageException || ex instanceof cn.quanze.Home.HomeException ? 2 : 1;
                });
    }

    /** Unusable arguments or an unreadable file: exit status 2, per the contract. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
