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
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Vetting of draft normative documents, and text extraction from uploaded .txt / .docx files. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class VettingController {
    private final Generations generations;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    public VettingController(Generations generations, AuditLog audit, ObjectMapper mapper) {
        this.generations = generations;
        this.audit = audit;
        this.mapper = mapper;
    }

    @Operation(summary = "审查一份规范性文件草案 → 审查报告（另附 opinion：可打印的审查意见）")
    @PostMapping(path = "/vetting", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ObjectNode vet(@RequestBody Draft draft) {
        VettingReport report;
        String sha256;
        String opinion;
        try (Generations.Lease g = generations.lease()) {
            report = g.quanze().vetting().vet(draft);
            sha256 = g.quanze().data().sha256();
            opinion = OpinionRenderer.render(report, draft, g.quanze().vetting().settings());
        }
        audit.append("vetting", report.issuer() != null && report.issuer().name() != null ? report.issuer().name()
                        : draft.issuer(), draft, report.verdict(), report.findings().stream().map(Finding::code).toList(),
                sha256, report.rulesFired());
        ObjectNode n = mapper.valueToTree(report);
        n.put("opinion", opinion);
        return n;
    }

    @Operation(summary = "审查一份草案 → Word 格式的合法性审查意见书（审查机关、编号可选；日期为当天）")
    @PostMapping(path = "/vetting/opinion.docx", consumes = MediaType.APPLICATION_JSON_VALUE, produces = OpinionDocxMedia.TYPE)
    public org.springframework.http.ResponseEntity<byte[]> opinionDocx(@RequestBody Draft draft,
                                                                      @RequestParam(name = "office", required = false) String office,
                                                                      @RequestParam(name = "number", required = false) String number)
            throws java.io.IOException {
        String opinion;
        try (Generations.Lease g = generations.lease()) {
            VettingReport report = g.quanze().vetting().vet(draft);
            opinion = OpinionRenderer.render(report, draft, g.quanze().vetting().settings());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        cn.quanze.documents.OpinionDocx.write(opinion,
                new cn.quanze.documents.OpinionDocx.Heading(office, number, null), out);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(OpinionDocxMedia.TYPE))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename("合法性审查意见书.docx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** The Word document media type. */
    static final class OpinionDocxMedia {
        static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
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
            text = cn.quanze.documents.DraftFiles.decode(file.getBytes());
        } else {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
                    "只支持 .txt 和 .docx 文件（.doc、.pdf 请另存为 .docx 或复制正文粘贴）。");
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("fileName", name);
        n.put("text", text.replace("\r\n", "\n"));
        return n;
    }
}
