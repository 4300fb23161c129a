package cn.quanze.web;

import cn.quanze.vetting.Draft;
import cn.quanze.vetting.Finding;
import cn.quanze.vetting.OpinionRenderer;
import cn.quanze.vetting.VettingReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;

/** Vetting of draft normative documents, and text extraction from uploaded .txt / .docx files. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class VettingController {
    private final Generations generations;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    private final int maxFindings;

    public VettingController(Generations generations, AuditLog audit, ObjectMapper mapper,
                             @org.springframework.beans.factory.annotation.Value("${quanze.vetting.max-findings:200}") int maxFindings) {
        this.generations = generations;
        this.audit = audit;
        this.mapper = mapper;
        this.maxFindings = maxFindings;
    }

    @Operation(summary = "审查一份规范性文件草案 → 审查报告（另附 opinion：可打印的审查意见）")
    @PostMapping(path = "/vetting", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode vet(@RequestBody Draft draft) {
        VettingReport report;
        String sha256;
        try (Generations.Lease g = generations.lease()) {
            report = g.quanze().vetting().vet(cn.quanze.json.InputErrors.check(draft));
            sha256 = g.quanze().data().sha256();
        }
        audit.append("vetting", report.issuer() != null && report.issuer().name() != null ? report.issuer().name()
                        : draft.issuer(), draft, report.verdict(), report.findings().stream().map(Finding::code).toList(),
                sha256, report.rulesFired());
        int total = report.findings().size();
        // a pathological draft (every sentence a finding) must not produce a response of tens of megabytes:
        // at most maxFindings findings, and each rule named once however often it fired
        report = new VettingReport(report.id(), report.verdict(), report.issuer(),
                total > maxFindings ? report.findings().subList(0, maxFindings) : report.findings(),
                report.rulesFired().stream().distinct().toList());
        ObjectNode n = mapper.valueToTree(report);
        n.put("findingsTotal", total);
        n.put("findingsTruncated", total > maxFindings);
        String opinion = OpinionRenderer.render(report, draft);
        if (total > maxFindings) {
            opinion += "\n（共发现 " + total + " 处问题，此处只列出前 " + maxFindings + " 处；请分段审查或先修改已列出的问题。）\n";
        }
        n.put("opinion", opinion);
        return n;
    }

    @Operation(summary = "上传 .txt 或 .docx 文件 → 提取的正文 {fileName, text}")
    @PostMapping(path = "/vetting/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ObjectNode extract(@RequestParam("file") MultipartFile file) throws java.io.IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        String text;
        if (lower.endsWith(".docx")) {
            try (InputStream in = file.getInputStream(); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                text = ex.getText();
            } catch (RuntimeException | java.io.IOException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "UNREADABLE_DOCX", "无法读取该 .docx 文件，请确认文件未损坏，或把正文粘贴到文本框。");
            }
        } else if (lower.endsWith(".txt") || lower.isEmpty()) {
            text = decode(file.getBytes());
        } else {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
                    "只支持 .txt 和 .docx 文件（.doc、.pdf 请另存为 .docx 或复制正文粘贴）。");
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("fileName", name);
        n.put("text", text.replace("\r\n", "\n"));
        return n;
    }

    /** UTF-8 (with or without BOM), else GB18030 — the usual encodings of Chinese text files. */
    static String decode(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("GB18030"));
        }
    }
}
