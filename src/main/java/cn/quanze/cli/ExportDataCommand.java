package cn.quanze.cli;

import cn.quanze.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Copies the built-in catalog/ and rules/ into a folder an office can edit and then use with --data-dir. */
@Command(name = "export-data", description = {"把程序内置的清单（catalog/）和规则（rules/）复制到目录 D，供本单位修改后以 --data-dir D 使用。",
        "例：java -jar quanze.jar export-data D:\\quanze-data"})
public final class ExportDataCommand implements Callable<Integer> {

    @Parameters(paramLabel = "D", description = "目标目录（须为空或不存在）")
    Path target;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(target.resolve("catalog")) || Files.isDirectory(target.resolve("rules"))) {
            throw new Main.UsageException("目录 " + target + " 中已有 catalog/ 或 rules/，为免覆盖本单位的修改，未复制");
        }
        Home.exportBuiltIn(target);
        System.out.println("已复制到 " + target.toAbsolutePath() + "：catalog/ 和 rules/。使用：java -jar quanze.jar serve --data-dir " + target);
        return 0;
    }
}
