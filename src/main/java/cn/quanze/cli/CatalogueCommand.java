package cn.quanze.cli;

import cn.quanze.json.CatalogueJson;
import cn.quanze.json.Json;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.CatalogueLoader;
import cn.quanze.catalogue.Dataset;
import cn.quanze.catalogue.ItemCondition;
import cn.quanze.catalogue.CatalogueException;
import cn.quanze.catalogue.Place;
import cn.quanze.citation.Citation;
import cn.quanze.issuers.Issuer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "catalogue", description = {"查看和校验清单数据。",
        "例：./quanze catalogue lint；./quanze catalogue show 120；./quanze catalogue --json"},
        subcommands = {CatalogueCommand.Lint.class, CatalogueCommand.Show.class})
public final class CatalogueCommand implements Callable<Integer> {

    @Option(names = "--json", description = "以 JSON 输出全部数据（清单、制定主体、机构、村庄）")
    boolean json;

    @Option(names = "--dir", description = "清单数据目录（默认为主目录下的 catalog/）")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Dataset d = CatalogueLoader.load(dir != null ? dir : cn.quanze.Quanze.defaultHome().resolve("catalog"));
        if (json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(CatalogueJson.of(d)));
        } else {
            System.out.println(d.catalogue().name() + "（" + d.catalogue().document() + "，" + d.catalogue().date() + "，版本 "
                    + d.catalogue().version() + "）：" + d.catalogue().items().size() + " 项");
            System.out.println(d.issuers().name() + "（" + d.issuers().document() + "）：" + d.issuers().issuers().size() + " 个制定主体");
            System.out.println("机构名录：" + d.bodies().all().size() + " 个；村庄和社区：" + d.gazetteer().all().size() + " 个");
            System.out.println("数据 SHA-256：" + d.sha256());
        }
        return 0;
    }

    @Command(name = "lint", description = "校验全部数据文件的不变量；有问题时逐条列出文件、行号和事项，并以非零状态退出。")
    static final class Lint implements Callable<Integer> {
        @Option(names = "--dir", description = "清单数据目录（默认为主目录下的 catalog/）")
        Path dir;

        @Override
        public Integer call() {
            Dataset d;
            try {
                d = CatalogueLoader.load(dir != null ? dir : cn.quanze.Quanze.defaultHome().resolve("catalog"));
            } catch (CatalogueException e) {
                e.problems().forEach(System.err::println);
                System.err.println("校验未通过：共 " + e.problems().size() + " 处问题。");
                return 1;
            }
            System.out.println("校验通过：" + d.catalogue().items().size() + " 项职权、" + d.issuers().issuers().size()
                    + " 个制定主体、" + d.bodies().all().size() + " 个机构、" + d.gazetteer().all().size() + " 个村庄和社区。");
            var c = d.penaltyProvisions().coverage();
            System.out.println("处罚事项所引条款的核实情况（catalog/penalty-provisions.tsv）：全部条款已核实 " + c.itemsVerified()
                    + " 项，部分核实 " + c.itemsPartly() + " 项，均未核实或文本未见 " + c.itemsUnverified() + " 项；条款行 VERIFIED "
                    + c.rowsVerified() + "、UNVERIFIED " + c.rowsUnverified() + "、NOT_FOUND " + c.rowsNotFound() + "。");
            System.out.println("SHA-256 " + d.sha256());
            return 0;
        }
    }

    @Command(name = "show", description = "以中文显示一个事项。例：./quanze catalogue show 120")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "序号", description = "清单事项序号 1–152")
        int id;

        @Override
        public Integer call() {
            Dataset d = CatalogueLoader.load(cn.quanze.Quanze.defaultHome().resolve("catalog"));
            CatalogueItem i = d.catalogue().item(id).orElseThrow(() -> new Main.UsageException("清单中没有第 " + id + " 项"));
            System.out.println("第" + i.id() + "项　〔" + d.vocabulary().label(i.type()) + "〕");
            System.out.println("职权名称：" + i.name());
            System.out.println("职权依据（原文）：" + i.basisText());
            System.out.println("依据（逐条）：");
            for (Citation c : i.basis()) System.out.println("  " + c.citation());
            System.out.println("允许的行为：" + String.join("、", i.actsInOrder().stream().map(a -> d.vocabulary().label(a) + "（" + a + "）").toList()));
            if (!i.conditions().isEmpty()) {
                System.out.println("条件：" + String.join("；", i.conditions().stream().map(ItemCondition::words).toList()));
            }
            if (!i.exclusions().isEmpty()) System.out.println("除外：" + String.join("；", i.exclusions()));
            if (!i.decidedBy().isEmpty()) System.out.println("决定机关（据所引条款）：" + i.decidedBy());
            System.out.println("来源：" + d.catalogue().name() + "，" + d.catalogue().document() + "，数据文件第 " + i.line() + " 行");
            return 0;
        }
    }
}
