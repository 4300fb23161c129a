package cn.quanze.cli;

import cn.quanze.Quanze;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.documents.DraftFiles;
import cn.quanze.documents.OpinionDocx;
import cn.quanze.json.Json;
import cn.quanze.vetting.Draft;
import cn.quanze.vetting.OpinionRenderer;
import cn.quanze.vetting.VettingReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "vet", description = {"审查行政规范性文件草案：制定主体、合法性审核、文号，以及正文是否设定处罚、许可、强制措施、收费。",
        "草案可以是 JSON 草案对象，也可以直接是 .txt 或 .docx 文件（标题取首行，文号从开头几行读出，制定主体从落款读出，也可用选项指明）。",
        "默认输出可粘贴的中文审查意见；--json 输出合同规定的审查报告；--docx 另存为 Word 审查意见书。"},
        footer = {"", "示例：",
                "  ./quanze vet examples/draft-fees.json",
                "  ./quanze vet examples/draft-fees.json --docx 审查意见书.docx --office 五台县司法局 --number 五司审〔2024〕1号",
                "  ./quanze vet 草案.docx --issuer 县市场监管局 --reviewed",
                "  ./quanze vet --json examples/draft-fees.json",
                "  ./quanze vet --batch drafts.jsonl"})
public final class VetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "一份草案：JSON 草案对象、.txt 或 .docx 文件（- 表示从标准输入读 JSON）")
    String file;

    @Option(names = "--json", description = "输出 JSON 审查报告")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines 草案文件，逐行输出审查报告（- 表示标准输入）")
    String batch;

    @Option(names = "--docx", paramLabel = "OUT.docx", description = "把审查意见书另存为 Word 文件")
    Path docx;

    @Option(names = "--office", paramLabel = "机关", description = "审查机关（写入审查意见书；不填则留空待填）")
    String office;

    @Option(names = "--number", paramLabel = "编号", description = "审查意见书编号（不填则留空待填）")
    String number;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "审查意见书日期（默认今天）")
    LocalDate date;

    @Option(names = "--issuer", paramLabel = "机构", description = ".txt/.docx 草案的制定主体（不填则从落款读出）")
    String issuer;

    @Option(names = "--title", paramLabel = "标题", description = ".txt/.docx 草案的标题（不填则取首行）")
    String title;

    @Option(names = "--doc-number", paramLabel = "文号", description = ".txt/.docx 草案的发文字号（不填则从开头几行读出）")
    String docNumber;

    @Option(names = "--reviewed", description = ".txt/.docx 草案已经过合法性审核")
    boolean reviewed;

    @Override
    public Integer call() throws Exception {
        if (batch != null) return runBatch();
        if (file == null) throw new Main.UsageException("请给出草案文件（JSON、.txt 或 .docx），或使用 --batch FILE");
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            Draft draft = readDraft(q);
            VettingReport report;
            try {
                report = q.vetting().vet(draft);
            } catch (InvalidRequestException e) {
                throw new Main.UsageException(e.getMessage());
            }
            String opinion = OpinionRenderer.render(report, draft, q.vetting().settings());
            if (json) System.out.println(Json.MAPPER.writeValueAsString(report));
            else System.out.print(opinion);
            if (docx != null) {
                try (OutputStream out = Files.newOutputStream(docx)) {
                    OpinionDocx.write(opinion, new OpinionDocx.Heading(office, number, date), out);
                } catch (IOException e) {
                    throw new Main.UsageException("无法写入文件：" + docx + "（" + e.getMessage() + "）");
                }
                System.err.println("审查意见书已保存：" + docx.toAbsolutePath());
            }
        }
        return 0;
    }

    private Draft readDraft(Quanze q) throws IOException {
        if (!file.equals("-") && DraftFiles.isDocument(Path.of(file))) {
            Path p = Path.of(file);
            if (!Files.isReadable(p) || Files.isDirectory(p)) throw new Main.UsageException("无法读取文件：" + file);
            String text;
            try {
                text = DraftFiles.text(p);
            } catch (IOException e) {
                throw new Main.UsageException("无法读取文件：" + file + "（" + e.getMessage() + "）");
            }
            String t = title != null ? title : DraftFiles.title(text).orElse(null);
            String n = docNumber != null ? docNumber : DraftFiles.docNumber(text).orElse(null);
            String i = issuer != null ? issuer
                    : DraftFiles.issuer(text, s -> q.data().bodies().resolve(s).isPresent()).orElseThrow(() ->
                    new Main.UsageException("无法从落款读出制定主体：请用 --issuer 指明，如 --issuer 县市场监管局"));
            return new Draft(null, i, t, n, null, null, reviewed ? Boolean.TRUE : null, text);
        }
        String text = read(file);
        try {
            return Json.MAPPER.readValue(text, Draft.class);
        } catch (JsonProcessingException e) {
            throw new Main.UsageException("草案文件不是有效的草案 JSON：" + Json.describe(e)
                    + "（.txt 或 .docx 草案请使用相应的扩展名）");
        }
    }

    private static String read(String file) throws IOException {
        byte[] bytes;
        if (file.equals("-")) {
            bytes = System.in.readAllBytes();
        } else {
            Path p = Path.of(file);
            if (!Files.isReadable(p) || Files.isDirectory(p)) throw new Main.UsageException("无法读取文件：" + file);
            bytes = Files.readAllBytes(p);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Main.UsageException("草案文件含有无效的 UTF-8 字节：请以 UTF-8 编码保存后再试。");
        }
    }

    private int runBatch() throws IOException {
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            JsonLines.run(batch, "vet", Draft.class, d -> q.vetting().vet(d));
        }
        return 0;
    }
}
