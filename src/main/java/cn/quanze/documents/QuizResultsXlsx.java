package cn.quanze.documents;

import cn.quanze.quiz.QuizService;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One trainee's quiz result as an Excel workbook: a summary, then one row per question. */
public final class QuizResultsXlsx {
    private QuizResultsXlsx() {
    }

    /** The trainee's name, the paper number (seed) and when it was marked, for the summary rows. */
    public record Header(String trainee, long paper, LocalDateTime markedAt) {
    }

    public static final String[] COLUMNS = {"题号", "题型", "题目", "作答", "正确答案", "是否正确", "解析"};

    public static void write(Header h, QuizService.Result r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("测验成绩");
            XSSFCellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            int n = 0;
            n = pair(s, n, "姓名", h.trainee() == null ? "" : h.trainee());
            n = pair(s, n, "试卷号", String.valueOf(h.paper()));
            n = pair(s, n, "评分时间", h.markedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
            n = pair(s, n, "得分", r.score() + " / " + r.total());
            n = pair(s, n, "已答题数", String.valueOf(r.answered()));
            n++;
            Row head = s.createRow(n++);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(COLUMNS[i]);
                head.getCell(i).setCellStyle(bold);
            }
            int q = 1;
            for (QuizService.QuestionResult qr : r.questions()) {
                Row row = s.createRow(n++);
                row.createCell(0).setCellValue(q++);
                row.createCell(1).setCellValue(kind(qr.kind()));
                row.createCell(2).setCellValue(qr.text());
                row.createCell(3).setCellValue(qr.chosen() == null ? "未答" : qr.chosen());
                row.createCell(4).setCellValue(qr.answer());
                row.createCell(5).setCellValue(qr.correct() ? "正确" : "错误");
                row.createCell(6).setCellValue(qr.explanation() == null ? "" : qr.explanation());
            }
            s.setColumnWidth(2, 60 * 256);
            s.setColumnWidth(6, 60 * 256);
            wb.write(out);
        }
    }

    private static int pair(Sheet s, int n, String label, String value) {
        Row row = s.createRow(n);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return n + 1;
    }

    /** The question kinds' Chinese names, as the page shows them. */
    static String kind(String k) {
        return switch (k == null ? "" : k) {
            case "SCENARIO" -> "情景判断";
            case "BASIS" -> "职权依据";
            case "TYPE" -> "职权类型";
            case "ISSUER" -> "规范性文件制定主体";
            default -> k;
        };
    }
}
