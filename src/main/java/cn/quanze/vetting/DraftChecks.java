package cn.quanze.vetting;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a draft that do not read its text: legality review, document number, title, validity
 * period, public comment. Each method returns the findings of one check (empty when it passes);
 * {@link #check(Draft)} runs them all. Pure functions of the draft and the {@link VettingSettings}.
 *
 * <table>
 *   <caption>codes</caption>
 *   <tr><td>LEGALITY_REVIEW_MISSING</td><td>ERROR</td><td>legalityReviewed false, or absent (absent = not shown to
 *       have been done, treated as not done)</td></tr>
 *   <tr><td>DOC_NUMBER_MISSING</td><td>WARNING</td><td>no docNumber</td></tr>
 *   <tr><td>DOC_NUMBER_MALFORMED</td><td>WARNING</td><td>docNumber not of the form 代字〔YYYY〕N号 (六角括号, no 第,
 *       no leading zero)</td></tr>
 *   <tr><td>TITLE_USES_TIAOLI</td><td>WARNING</td><td>title contains 条例</td></tr>
 *   <tr><td>VALIDITY_TOO_LONG</td><td>WARNING</td><td>validUntil later than issueDate + the limit (暂行/试行: the
 *       provisional limit)</td></tr>
 *   <tr><td>NO_PUBLIC_COMMENT</td><td>WARNING</td><td>affectsBusinesses and publicCommentDays absent or below the
 *       minimum</td></tr>
 * </table>
 */
public final class DraftChecks {
    static final String BASIS_REVIEW = "《五台县人民政府办公室关于公布县级行政规范性文件制定主体清单的通知》（五政办发〔2023〕23号）第二条"
            + "（“严格落实行政规范性文件合法性审核机制……确保应审必审”）";
    static final String BASIS_NUMBER = "《五台县人民政府办公室关于公布县级行政规范性文件制定主体清单的通知》（五政办发〔2023〕23号）第二条（统一登记、统一编号、统一印发）";
    static final String BASIS_NUMBER_FORM = BASIS_NUMBER + "；《党政机关公文格式》（GB/T 9704—2012）关于发文字号的规定";
    static final String BASIS_TIAOLI = "《山西省行政规范性文件制定与监督管理办法》（山西省人民政府令第274号，原文未经核实）；"
            + "参照山西省朔州市平鲁区的实施办法：规范性文件名称可用办法、规定、细则、意见、决定、通知、通告，不得称“条例”";
    static final String BASIS_VALIDITY = "《山西省行政规范性文件制定与监督管理办法》（山西省人民政府令第274号）关于有效期的规定（原文未经核实，期限为可配置设置）";
    static final String BASIS_COMMENT = "《优化营商环境条例》第六十二条第二款";

    static final int MAX_ECHO = 60;

    /** The correct form: 代字〔四位年份〕序号号, sequence without 第 and without leading zeros. */
    static final Pattern DOC_NUMBER = Pattern.compile("^\\p{IsHan}[\\p{IsHan}\\p{Alnum}]*〔(19|20)\\d{2}〕[1-9]\\d*号$");
    private static final Pattern DOC_NUMBER_LOOSE = Pattern.compile(
            "^\\s*([^\\[\\(（【〔{［〈<\\s]+?)\\s*[\\[\\(（【〔{［〈<]\\s*((?:19|20)\\d{2})\\s*[\\]\\)）】〕}］〉>]\\s*第?\\s*0*([1-9]\\d*)\\s*号?\\s*$");

    private final VettingSettings settings;

    public DraftChecks(VettingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public VettingSettings settings() {
        return settings;
    }

    /** All checks, in a fixed order. */
    public List<Finding> check(Draft d) {
        List<Finding> out = new ArrayList<>();
        out.addAll(legalityReview(d));
        out.addAll(docNumber(d));
        out.addAll(title(d));
        out.addAll(validity(d));
        out.addAll(publicComment(d));
        return out;
    }

    /** LEGALITY_REVIEW_MISSING (ERROR) unless legalityReviewed is true. */
    public List<Finding> legalityReview(Draft d) {
        if (Boolean.TRUE.equals(d.legalityReviewed())) {
            return List.of();
        }
        String msg = d.legalityReviewed() == null
                ? "报送材料未表明草案已经合法性审核，视为未经审核；县级行政规范性文件应审必审，请先经合法性审核。"
                : "草案尚未经合法性审核；县级行政规范性文件应审必审，请先经合法性审核。";
        return List.of(new Finding(FindingCodes.LEGALITY_REVIEW_MISSING, Severity.ERROR, msg, null, BASIS_REVIEW));
    }

    /** DOC_NUMBER_MISSING or DOC_NUMBER_MALFORMED (both WARNING). */
    public List<Finding> docNumber(Draft d) {
        String n = d.docNumber();
        if (n == null || n.isBlank()) {
            return List.of(new Finding(FindingCodes.DOC_NUMBER_MISSING, Severity.WARNING,
                    "草案未标注发文字号；行政规范性文件应当统一登记、统一编号、统一印发。", null, BASIS_NUMBER));
        }
        String s = clip(n.strip());
        if (DOC_NUMBER.matcher(s).matches()) {
            return List.of();
        }
        String msg = correctedDocNumber(s)
                .map(c -> "发文字号“" + s + "”格式不规范，应为“" + c + "”：年份用六角括号〔〕括入，序号不加“第”字、不编虚位，后加“号”。")
                .orElse("发文字号“" + s + "”格式不规范，应采用“机关代字〔年份〕序号号”的形式，如“五民发〔2024〕3号”。");
        return List.of(new Finding(FindingCodes.DOC_NUMBER_MALFORMED, Severity.WARNING, msg, null, BASIS_NUMBER_FORM));
    }

    /** The correctly written form of a recognisably mis-written number, e.g. 五农发[2024]03号 → 五农发〔2024〕3号. */
    public static Optional<String> correctedDocNumber(String docNumber) {
        Matcher m = DOC_NUMBER_LOOSE.matcher(docNumber);
        if (!m.matches()) {
            return Optional.empty();
        }
        String fixed = m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
        return DOC_NUMBER.matcher(fixed).matches() ? Optional.of(fixed) : Optional.empty();
    }

    /** TITLE_USES_TIAOLI (WARNING). */
    public List<Finding> title(Draft d) {
        String t = d.title();
        if (t == null || !t.contains("条例")) {
            return List.of();
        }
        return List.of(new Finding(FindingCodes.TITLE_USES_TIAOLI, Severity.WARNING,
                "标题《" + clip(t) + "》使用了“条例”；“条例”是法律、法规的名称，行政规范性文件可称办法、规定、细则、意见、决定、通知、通告等。",
                null, BASIS_TIAOLI));
    }

    /** VALIDITY_TOO_LONG (WARNING); needs both dates. */
    public List<Finding> validity(Draft d) {
        LocalDate from = d.issueDate();
        LocalDate to = d.validUntil();
        if (from == null || to == null) {
            return List.of();
        }
        int limit = settings.validityLimitFor(d);
        if (!longerThan(from, to, limit)) {
            return List.of();
        }
        String kind = d.provisional() ? "标题含“暂行”或“试行”的文件" : "行政规范性文件";
        return List.of(new Finding(FindingCodes.VALIDITY_TOO_LONG, Severity.WARNING,
                "有效期自" + from + "至" + to + "，超过" + kind + "有效期上限" + limit + "年（上限为本系统设置，所依省级规定未经核实）。",
                null, BASIS_VALIDITY));
    }

    /** {@code to} is later than {@code from} plus {@code years}; no overflow at the calendar's end. */
    static boolean longerThan(LocalDate from, LocalDate to, int years) {
        if (from.getYear() > Year.MAX_VALUE - years) {
            return false; // from + years lies beyond the last representable date, so to cannot be later
        }
        return to.isAfter(from.plusYears(years));
    }

    /** Echoed input is shortened so that a huge field cannot swell the report. */
    static String clip(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO - 1) + "…";
    }

    /** NO_PUBLIC_COMMENT (WARNING) when the draft affects businesses and was not open for comment long enough. */
    public List<Finding> publicComment(Draft d) {
        if (!Boolean.TRUE.equals(d.affectsBusinesses())) {
            return List.of();
        }
        Integer days = d.publicCommentDays();
        int min = settings.documentLimits().minPublicCommentDays();
        if (days != null && days >= min) {
            return List.of();
        }
        String msg = days == null || days <= 0
                ? "草案与市场主体生产经营活动密切相关，未见公开征求意见；应当公开征求意见，时间一般不少于" + min + "日。"
                : "草案与市场主体生产经营活动密切相关，公开征求意见仅" + days + "日，少于一般不少于" + min + "日的要求（特殊情况除外，应说明理由）。";
        return List.of(new Finding(FindingCodes.NO_PUBLIC_COMMENT, Severity.WARNING, msg, null, BASIS_COMMENT));
    }
}
