package cn.quanze.documents;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The legality-review opinion as a Word document (合法性审查意见书): a heading with the reviewing office,
 * the number and the date, the opinion text exactly as {@code OpinionRenderer} words it (section headings
 * 一、二、三 in bold), and lines for the reviewers' signatures and the office's seal.
 */
public final class OpinionDocx {
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final String FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";

    /** 审查机关, 编号 and 日期; a missing office or number leaves a line to fill in by hand. */
    public record Heading(String office, String number, LocalDate date) {
        public String officeOrBlank() {
            return office == null || office.isBlank() ? "＿＿＿＿＿＿＿＿＿＿" : office.strip();
        }

        public String numberOrBlank() {
            return number == null || number.isBlank() ? "〔　　〕第　　号" : number.strip();
        }

        public String dateText() {
            LocalDate d = date == null ? LocalDate.now() : date;
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
    }

    private OpinionDocx() {
    }

    /** Writes the document; {@code opinion} is the rendered opinion text (its first line is its own title). */
    public static void write(String opinion, Heading heading, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<String> lines = opinion.lines().toList();
            paragraph(doc, "合法性审查意见书", HEADING_FONT, 22, true, ParagraphAlignment.CENTER);
            paragraph(doc, "编号：" + heading.numberOrBlank(), FONT, 14, false, ParagraphAlignment.CENTER);
            paragraph(doc, "审查机关：" + heading.officeOrBlank(), FONT, 14, false, ParagraphAlignment.LEFT);
            paragraph(doc, "日期：" + heading.dateText(), FONT, 14, false, ParagraphAlignment.LEFT);
            boolean first = true;
            for (String line : lines) {
                if (first && !line.isBlank()) {
                    paragraph(doc, line.strip(), HEADING_FONT, 16, true, ParagraphAlignment.CENTER);
                    first = false;
                } else if (!line.isBlank()) {
                    boolean section = SECTION.matcher(line).matches() || line.startsWith("审查结论");
                    paragraph(doc, line.strip(), section ? HEADING_FONT : FONT, 14, section, ParagraphAlignment.LEFT);
                }
            }
            paragraph(doc, "", FONT, 14, false, ParagraphAlignment.LEFT);
            paragraph(doc, "审查人（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", FONT, 14, false, ParagraphAlignment.LEFT);
            paragraph(doc, "复核人（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", FONT, 14, false, ParagraphAlignment.LEFT);
            paragraph(doc, "负责人（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", FONT, 14, false, ParagraphAlignment.LEFT);
            paragraph(doc, heading.officeOrBlank() + "（盖章）", FONT, 14, false, ParagraphAlignment.RIGHT);
            paragraph(doc, heading.dateText(), FONT, 14, false, ParagraphAlignment.RIGHT);
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, String font, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
