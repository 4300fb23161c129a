package cn.quanze.cli;

import cn.quanze.json.Json;
import cn.quanze.Quanze;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.vetting.Draft;
import cn.quanze.vetting.OpinionRenderer;
import cn.quanze.vetting.VettingReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "vet", description = {"审查行政规范性文件草案：制定主体、合法性审核、文号，以及正文是否设定处罚、许可、强制措施、收费。",
        "默认输出可粘贴的中文审查意见；--json 输出合同规定的审查报告。",
        "例：./quanze vet --json draft.json；./quanze vet draft.json；./quanze vet --batch drafts.jsonl"})
public final class VetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "一份草案（JSON 对象；- 表示标准输入）")
    String file;

    @Option(names = "--json", description = "输出 JSON 审查报告")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "JSON Lines 草案文件，逐行输出审查报告（- 表示标准输入）")
    String batch;

    @Override
    public Integer call() throws Exception {
        if (batch != null) return runBatch();
        if (file == null) throw new Main.UsageException("请给出草案文件（JSON），或使用 --batch FILE");
        String text = read(file);
        Draft draft;
        try {
            draft = Json.MAPPER.readValue(text, Draft.class);
        } catch (JsonProcessingException e) {
            throw new Main.UsageException("草案文件不是有效的草案 JSON：" + cn.quanze.json.InputErrors.describe(e));
        }
        try (Quanze q = Quanze.start(Quanze.defaultHome())) {
            VettingReport report;
            try {
                report = q.vetting().vet(cn.quanze.json.InputErrors.check(draft));
            } catch (InvalidRequestException e) {
                throw new Main.UsageException(e.getMessage());
            }
            if (json) System.out.println(Json.MAPPER.writeValueAsString(report));
            else System.out.print(OpinionRenderer.render(report, draft));
        }
        return 0;
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
