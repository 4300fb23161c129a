package cn.quanze.cli;

import cn.quanze.Home;
import cn.quanze.json.Names;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code ./quanze} command line. One-shot commands never start Spring; only {@code serve} does. */
@Command(name = "quanze", version = "quanze 0.1.0",
        description = "权责：乡镇和县级机关“能不能做、依据是什么”的检查工具（五台县 2023 年清单）。",
        subcommands = {CheckCommand.class, VetCommand.class, CatalogueCommand.class, EvalCommand.class,
                BenchCommand.class, ServeCommand.class, LogCommand.class, QuizCommand.class, ExportDataCommand.class,
                HelpCommand.class},
        footer = {"", "每个命令都可加 --help 查看说明，如 ./quanze check --help。", "", "示例：",
                "  ./quanze check --body 东冶镇 --query \"村民没批准就占地盖房，镇里能罚吗？\"",
                "  ./quanze check --body 东冶 --item 45 --action APPROVE --json",
                "  ./quanze check --batch examples/requests.jsonl",
                "  ./quanze vet examples/draft-fees.json --docx 审查意见书.docx",
                "  ./quanze catalogue lint",
                "  ./quanze catalogue show 120",
                "  ./quanze eval src/test/resources/eval/authority-questions.jsonl",
                "  ./quanze bench",
                "  ./quanze serve --port 8080",
                "  ./quanze log --since 2026-01-01 --verdict NOT_PERMITTED",
                "  ./quanze quiz --count 5 --seed 7 --format gift",
                "",
                "退出状态：0 已作答（任何结论都算）；1 数据或规则有误、内部错误；2 参数无法使用或文件无法读取。"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandSpec spec;

    @CommandLine.Option(names = "--data-dir", paramLabel = "D", scope = CommandLine.ScopeType.INHERIT,
            description = "数据目录（默认 ./data）：决定日志写在 D/audit；D 中若有 catalog/ 和 rules/，就用它们代替内置的清单和规则")
    void dataDir(Path d) {
        Home.useDataDir(d);
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
        Home.useDataDir(null);
        CommandLine cl = new CommandLine(new Main());
        cl.getCommandSpec().addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("显示版本并退出").build());
        inChinese(cl);
        return cl.setParameterExceptionHandler(Main::parameterError)
                .setExecutionExceptionHandler((ex, c, parsed) -> {
                    System.err.println("错误：" + ex.getMessage());
                    return ex instanceof UsageException || ex instanceof Home.HomeException ? 2 : 1;
                });
    }

    /** Every command gets --help, and picocli's own headings in Chinese. */
    private static void inChinese(CommandLine cl) {
        CommandSpec s = cl.getCommandSpec();
        if (s.optionsMap().get("--help") == null) {
            s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("显示本命令的说明并退出").build());
        }
        s.usageMessage().synopsisHeading("用法：").commandListHeading("%n命令：%n").optionListHeading("%n选项：%n")
                .parameterListHeading("%n参数：%n").descriptionHeading("%n").footerHeading("");
        for (CommandLine sub : cl.getSubcommands().values()) inChinese(sub);
    }

    /** Parameter errors, wholly in Chinese, with the nearest command or option for a slip of the keyboard. */
    static int parameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String cmd = cl.getCommandSpec().qualifiedName(" ");
        System.err.println("错误：" + describe(ex));
        System.err.println("用 " + cmd.replaceFirst("^quanze", "./quanze") + " --help 查看用法。");
        return 2;
    }

    static String describe(CommandLine.ParameterException ex) {
        CommandSpec s = ex.getCommandLine().getCommandSpec();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> names = new ArrayList<>(s.subcommands().keySet());
            s.options().forEach(o -> names.addAll(Arrays.asList(o.names())));
            String hint = Names.nearest(first, names).map(n -> "是不是“" + n + "”？").orElse("");
            boolean looksLikeCommand = !first.startsWith("-") && !s.subcommands().isEmpty();
            return (looksLikeCommand ? "没有这个命令：“" : "无法识别的参数：“") + first + "”。" + hint
                    + (looksLikeCommand ? "可用命令：" + String.join("、", s.subcommands().keySet().stream()
                    .filter(n -> !n.equals("help")).toList()) + "。" : "");
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少必填参数：" + m.getMissing().stream().map(Main::label).collect(Collectors.joining("、")) + "。";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + label(o.getOverwritten()) + " 只能给一次。";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多：" + String.join(" ", ex.getCommandLine().getParseResult() == null ? List.of()
                    : ex.getCommandLine().getParseResult().originalArgs()) + "。";
        }
        ArgSpec a = ex.getArgSpec();
        if (a != null) {
            String value = ex.getValue() == null ? "" : "“" + ex.getValue() + "”";
            return label(a) + " 的值" + value + "无效：应为" + typeWords(a.type()) + "。";
        }
        return "参数无法使用。";
    }

    private static String label(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName();
        return a.paramLabel();
    }

    private static String typeWords(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "整数";
        if (t == Double.class || t == double.class) return "数字";
        if (t == LocalDate.class) return "YYYY-MM-DD 格式的日期";
        if (t == Path.class) return "文件或目录路径";
        if (t == Boolean.class || t == boolean.class) return "true 或 false";
        if (t.isEnum()) return "以下之一：" + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
        return "有效的取值";
    }

    /** Unusable arguments or an unreadable file: exit status 2, per the contract. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
