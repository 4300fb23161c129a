package cn.quanze.vetting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link VettingReport} and its {@link Draft} as the Chinese text of a legality-review opinion
 * (合法性审查意见) that the legal-affairs office pastes into its own opinion:
 *
 * <pre>
 * 关于《{title}》的合法性审查意见
 * 一、基本情况        issuer, document number, dates, legality review
 * 二、发现的问题      numbered; excerpt in 「」 and 依据：…
 * 三、修改建议        one suggestion per finding code
 * 审查结论：通过。 / 审查结论：不予通过，请修改后重新报送。
 * </pre>
 *
 * Stateless; all methods are static.
 */
public final class OpinionRenderer {
    private OpinionRenderer() {
    }

    /** One concrete suggestion per finding code. */
    public static final Map<String, String> SUGGESTIONS = Map.ofEntries(
            Map.entry(FindingCodes.ISSUER_NOT_LISTED, "制定主体未列入县级行政规范性文件制定主体清单，不得以本机构名义制定行政规范性文件；确需制定的，报请主管部门制定。"),
            Map.entry(FindingCodes.VERTICAL_DUAL_FILING_REQUIRED, "文件印发后，在向上一级主管部门备案的同时向县人民政府备案。"),
            Map.entry(FindingCodes.LEGALITY_REVIEW_MISSING, "提请本机关合法性审核机构进行合法性审核，出具审核意见后再提交集体审议。"),
            Map.entry(FindingCodes.SETS_PENALTY, "删除设定处罚的内容，确需处罚的，援引法律、法规、规章已有规定。"),
            Map.entry(FindingCodes.SETS_LICENCE, "删除设定许可、审批或准入的内容；确需许可的，援引法律、法规或省级政府规章已设定的许可事项。"),
            Map.entry(FindingCodes.SETS_COMPULSORY_MEASURE, "删除设定查封、扣押、冻结、强制拆除、停水停电等强制措施或强制执行方式的内容；确需采取的，援引法律、法规已有规定，由法定机关依法定程序实施。"),
            Map.entry(FindingCodes.SETS_FEE, "删除设定收费或缴费义务的内容；确需收费的，援引法律、法规依据及经批准的收费项目和标准。"),
            Map.entry(FindingCodes.DOC_NUMBER_MISSING, "按照统一登记、统一编号、统一印发的要求标注发文字号。"),
            Map.entry(FindingCodes.DOC_NUMBER_MALFORMED, "将发文字号改为“机关代字〔年份〕序号号”的规范形式（六角括号，序号不加“第”字、不编虚位）。"),
            Map.entry(FindingCodes.TITLE_USES_TIAOLI, "将标题中的“条例”改为“办法”“规定”“细则”等规范性文件适用的名称。"),
            Map.entry(FindingCodes.VALIDITY_TOO_LONG, "缩短有效期至规定上限以内，或删除超出部分，期满前进行评估。"),
            Map.entry(FindingCodes.FINDINGS_TRUNCATED, "逐句核对全文中同类表述，一并修改后重新报送。"),
            Map.entry(FindingCodes.NO_PUBLIC_COMMENT, "向社会公开征求意见，期限一般不少于{minPublicCommentDays}日，并对意见采纳情况作出说明；特殊情况缩短期限的，说明理由。"));

    /**
     * The opinion text (lines separated by {@code \n}). {@code settings} must be the settings the draft was
     * checked with ({@link VettingService#settings()}): they supply the figures quoted in the suggestions.
     */
    public static String render(VettingReport report, Draft draft, VettingSettings settings) {
        java.util.Objects.requireNonNull(settings, "settings");
        StringBuilder sb = new StringBuilder();
        sb.append("关于《").append(nz(draft.title(), "（未标注标题）")).append("》的合法性审查意见\n\n");

        sb.append("一、基本情况\n");
        sb.append("制定主体：").append(issuerLine(report.issuer(), draft.issuer())).append('\n');
        sb.append("文件名称：《").append(nz(draft.title(), "（未标注）")).append("》\n");
        sb.append("发文字号：").append(nz(draft.docNumber(), "未标注")).append('\n');
        sb.append("印发日期：").append(date(draft.issueDate())).append("；有效期至：").append(date(draft.validUntil())).append('\n');
        sb.append("合法性审核：").append(Boolean.TRUE.equals(draft.legalityReviewed()) ? "已进行"
                : Boolean.FALSE.equals(draft.legalityReviewed()) ? "未进行" : "报送材料未表明已进行").append('\n');
        if (draft.affectsBusinesses() != null) {
            sb.append("涉及市场主体：").append(draft.affectsBusinesses() ? "是" : "否");
            if (draft.affectsBusinesses()) {
                sb.append("；公开征求意见：").append(draft.publicCommentDays() == null ? "未见" : draft.publicCommentDays() + "日");
            }
            sb.append('\n');
        }
        sb.append('\n');

        sb.append("二、发现的问题\n");
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            sb.append("经审查，未发现问题。\n");
        }
        int i = 1;
        for (Finding f : findings) {
            sb.append(i++).append(". ").append(label(f.severity())).append(f.message()).append('\n');
            if (f.excerpt() != null && !f.excerpt().isBlank()) {
                sb.append("   原文：「").append(f.excerpt()).append("」\n");
            }
            if (f.basis() != null && !f.basis().isBlank()) {
                sb.append("   依据：").append(f.basis()).append('\n');
            }
        }
        sb.append('\n');

        sb.append("三、修改建议\n");
        Set<String> codes = new LinkedHashSet<>();
        FindingCodes.ALL.stream().filter(c -> findings.stream().anyMatch(f -> f.code().equals(c))).forEach(codes::add);
        findings.forEach(f -> codes.add(f.code()));
        if (codes.isEmpty()) {
            sb.append("无。\n");
        }
        int j = 1;
        for (String code : codes) {
            sb.append(j++).append(". ").append(SUGGESTIONS.getOrDefault(code, "请对照上述问题修改。")
                    .replace("{minPublicCommentDays}", String.valueOf(settings.documentLimits().minPublicCommentDays()))).append('\n');
        }
        sb.append('\n');

        if (report.passed()) {
            sb.append("审查结论：通过。\n");
            if (!findings.isEmpty()) {
                sb.append("（上述提示事项，请在印发前一并修改完善。）\n");
            }
        } else {
            sb.append("审查结论：不予通过，请修改后重新报送。\n");
        }
        return sb.toString();
    }

    private static String issuerLine(IssuerSummary issuer, String draftIssuer) {
        String input = nz(draftIssuer, "（未标注）");
        if (issuer == null || issuer.name() == null) {
            return input;
        }
        StringBuilder sb = new StringBuilder(issuer.name());
        if (!issuer.name().equals(input)) {
            sb.append("（报送名称：").append(input).append("）");
        }
        sb.append(issuer.listed() ? "，已列入县级行政规范性文件制定主体清单" : "，未列入县级行政规范性文件制定主体清单");
        if (issuer.category() != null) {
            sb.append("（").append(issuer.category()).append("）");
        }
        if (issuer.vertical()) {
            sb.append("，实行垂直管理");
        }
        return sb.toString();
    }

    private static String label(Severity s) {
        return switch (s) {
            case ERROR -> "【须修改】";
            case WARNING -> "【建议修改】";
            case INFO -> "【提示】";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "未标注" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String nz(String s, String def) {
        return s == null || s.isBlank() ? def : s;
    }
}
