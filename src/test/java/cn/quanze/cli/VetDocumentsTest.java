package cn.quanze.cli;

import cn.quanze.QuanzeFixture;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The opinion as a Word document, and drafts given as the clerk's own .txt or .docx. */
class VetDocumentsTest extends CommandLineFixture {

    private static final String DRAFT_TEXT = String.join("\n",
            "五台县农贸市场摊位管理暂行办法",
            "五市监发〔2024〕7号",
            "第一条 为规范农贸市场秩序，制定本办法。",
            "第八条 摊位使用者应当按每月每平方米十元的标准缴纳摊位管理费。",
            "第十二条 违反本办法规定的，处以五百元罚款。",
            "五台县市场监督管理局",
            "2024年3月1日");

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void writesTheOpinionAsAWordDocumentWithOfficeNumberDateFindingsAndSignatures() throws Exception {
        Path out = tmp.resolve("审查意见书.docx");
        int exit = run("vet", QuanzeFixture.home().resolve("examples/draft-fees.json").toString(), "--docx", out.toString(),
                "--office", "五台县司法局", "--number", "五司审〔2026〕12号", "--date", "2026-11-29");
        assertThat(exit).as(stderr()).isZero();
        List<String> p = paragraphs(out);
        assertThat(p.get(0)).isEqualTo("合法性审查意见书");
        assertThat(p).contains("编号：五司审〔2026〕12号", "审查机关：五台县司法局", "日期：2026年11月29日",
                "关于《五台县农贸市场摊位管理暂行办法》的合法性审查意见", "一、基本情况", "二、发现的问题", "三、修改建议",
                "审查结论：不予通过，请修改后重新报送。", "五台县司法局（盖章）");
        assertThat(p).anyMatch(s -> s.contains("设定了罚款") && s.startsWith("3. 【须修改】"));
        assertThat(p).anyMatch(s -> s.equals("原文：「第十二条 违反本办法第五条规定的，处以五百元罚款」"));
        assertThat(p).anyMatch(s -> s.startsWith("审查人（签名）：")).anyMatch(s -> s.startsWith("负责人（签名）："));
        assertThat(p).noneMatch(s -> s.matches(".*\\b(SETS_PENALTY|ERROR|FAIL)\\b.*"));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFRun heading = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(heading.isBold()).isTrue();
        }
    }

    @Test
    void withoutOfficeOrNumberTheDocumentLeavesLinesToFillIn() throws Exception {
        Path out = tmp.resolve("o.docx");
        assertThat(run("vet", QuanzeFixture.home().resolve("examples/draft-fees.json").toString(), "--docx", out.toString())).isZero();
        assertThat(paragraphs(out)).anyMatch(s -> s.startsWith("审查机关：＿＿")).anyMatch(s -> s.startsWith("编号：〔"));
    }

    @Test
    void readsAPlainTextDraftInGb18030WithIssuerFromTheClosingLines() throws Exception {
        Path txt = tmp.resolve("草案.txt");
        Files.write(txt, DRAFT_TEXT.getBytes(Charset.forName("GB18030")));
        assertThat(run("vet", txt.toString(), "--json")).as(stderr()).isZero();
        JsonNode r = jsonLines().get(0);
        assertThat(r.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(r.path("issuer").path("name").asText()).isEqualTo("县市场监督管理局");
        assertThat(r.path("findings").findValuesAsText("code")).contains("SETS_FEE", "SETS_PENALTY", "LEGALITY_REVIEW_MISSING")
                .doesNotContain("DOC_NUMBER_MISSING");
    }

    @Test
    void readsAWordDraft() throws Exception {
        Path docx = tmp.resolve("草案.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(docx)) {
            for (String line : DRAFT_TEXT.split("\n")) doc.createParagraph().createRun().setText(line);
            doc.write(o);
        }
        assertThat(run("vet", docx.toString(), "--json", "--reviewed")).as(stderr()).isZero();
        JsonNode r = jsonLines().get(0);
        assertThat(r.path("findings").findValuesAsText("code")).contains("SETS_FEE", "SETS_PENALTY")
                .doesNotContain("LEGALITY_REVIEW_MISSING");
    }

    @Test
    void aTextDraftWithoutAKnownIssuerAsksForOne() throws Exception {
        Path txt = tmp.resolve("无落款.txt");
        Files.writeString(txt, "某某办法\n第一条 本办法自印发之日起施行。", StandardCharsets.UTF_8);
        assertThat(run("vet", txt.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--issuer");
    }

    @Test
    void anUnknownFieldInADraftIsRefusedInChinese() throws Exception {
        Path f = tmp.resolve("d.json");
        Files.writeString(f, "{\"issuer\":\"县民政局\",\"title\":\"办法\",\"text\":\"正文\",\"titel\":\"x\"}", StandardCharsets.UTF_8);
        assertThat(run("vet", f.toString())).isEqualTo(2);
        assertThat(stderr()).contains("未知字段 “titel”").contains("是不是“title”").doesNotContain("Unrecognized");
    }
}
