package cn.quanze.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./quanze help [COMMAND]}: picocli's help command, in Chinese. */
@Command(name = "help", helpCommand = true, header = "显示某个命令的说明。",
        description = {"不给命令时显示总说明；给出命令（如 ./quanze help check）时显示该命令的说明。"})
public final class HelpCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "命令", arity = "0..*", description = "要查看说明的命令，如 check、catalogue show")
    String[] commands = {};

    @Override
    public void run() {
        CommandLine target = spec.parent().commandLine();
        for (String c : commands) {
            CommandLine sub = target.getSubcommands().get(c);
            if (sub == null) throw new Main.UsageException("没有这个命令：“" + c + "”。可用命令："
                    + String.join("、", target.getSubcommands().keySet()) + "。");
            target = sub;
        }
        target.usage(System.out);
    }
}
