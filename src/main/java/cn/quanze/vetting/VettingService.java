package cn.quanze.vetting;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.authority.AuthorityService;
import cn.quanze.decision.Decision;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.decision.ReasonCode;
import cn.quanze.engine.DraftFact;
import cn.quanze.engine.FindingFact;
import cn.quanze.engine.RuleEngine;
import cn.quanze.engine.RuleOutcome;
import cn.quanze.issuers.Issuer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Vets a draft normative document: the issuer rules (issuers.drl) decide whether the drafting body
 * may issue in its own name; the detectors and draft checks find the problems in the text and
 * fields; the rules of vetting.drl decide the verdict from those findings (Java only reads it).
 *
 * <p>The rules judge every finding; the report lists at most {@link #MAX_FINDINGS}, keeping every finding
 * that is not about a passage of the text, and ends with one INFO finding {@code FINDINGS_TRUNCATED}
 * saying how many more the text raised.
 */
public final class VettingService {

    /** At most this many findings are listed in a report (plus one FINDINGS_TRUNCATED note). */
    public static final int MAX_FINDINGS = 200;
    /** Longest text vetted, in characters (the gazette's whole issue, twelve documents, is about 200,000 bytes). */
    public static final int MAX_TEXT = 200_000;
    /** Dates outside these years are refused as INVALID_DATE: no county document is dated there. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2999;

    private static final String ISSUER_NOTICE = "《五台县人民政府办公室关于公布县级行政规范性文件制定主体清单的通知》（五政办发〔2023〕23号）";

    private final AuthorityService authority;
    private final RuleEngine engine;
    private final Vetter vetter;

    public VettingService(AuthorityService authority, RuleEngine engine, Vetter vetter) {
        this.authority = authority;
        this.engine = engine;
        this.vetter = vetter;
    }

    public VettingReport vet(Draft draft) {
        if (draft == null) throw new InvalidRequestException("MISSING_DRAFT", "缺少草案对象。");
        requireText(draft.issuer(), "issuer", "制定机关");
        requireText(draft.title(), "title", "标题");
        requireText(draft.text(), "text", "正文");
        if (draft.text().length() > MAX_TEXT) {
            throw new InvalidRequestException("TEXT_TOO_LONG", "正文有 " + draft.text().length() + " 个字符，超过审查上限 "
                    + MAX_TEXT + " 个字符；请分件报送。");
        }
        requireDate(draft.issueDate(), "issueDate", "印发日期");
        requireDate(draft.validUntil(), "validUntil", "有效期至");
        if (draft.publicCommentDays() != null && draft.publicCommentDays() < 0) {
            throw new InvalidRequestException("INVALID_NUMBER", "字段 publicCommentDays（公开征求意见天数）不能为负数。");
        }

        Decision issuerDecision = authority.decide(new AuthorityRequest(draft.id(), draft.issuer(), null, null,
                Act.ISSUE_NORMATIVE_DOCUMENT, null, null));
        Issuer listed = issuerDecision.body() == null ? null
                : authority.data().issuers().byName(issuerDecision.body().name()).orElse(null);
        IssuerSummary summary = new IssuerSummary(draft.issuer(),
                issuerDecision.body() == null ? null : issuerDecision.body().name(),
                issuerDecision.body() == null ? null : issuerDecision.body().kind(),
                listed != null, listed == null ? null : listed.categoryName(), listed != null && listed.vertical());

        List<Finding> issuerFindings = new ArrayList<>();
        String advice = String.join("", issuerDecision.advice());
        for (Decision.Reason r : issuerDecision.reasons()) {
            if (r.code().equals(ReasonCode.ISSUER_NOT_LISTED.name())) {
                issuerFindings.add(new Finding(FindingCodes.ISSUER_NOT_LISTED, Severity.ERROR, r.message() + advice,
                        clip(draft.issuer()), ISSUER_NOTICE + "第一条"));
            } else if (r.code().equals(ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())) {
                issuerFindings.add(new Finding(FindingCodes.VERTICAL_DUAL_FILING_REQUIRED, Severity.INFO, r.message(),
                        clip(draft.issuer()), ISSUER_NOTICE + "第三条"));
            }
        }
        List<Finding> all = new ArrayList<>(issuerFindings);
        all.addAll(vetter.findings(draft));

        List<FindingFact> facts = all.stream().map(f -> new FindingFact(f.code(), f.severity().name())).toList();
        RuleOutcome judged = engine.judgeDraft(new DraftFact(draft.issuer()), facts);
        String verdict = judged.failures().isEmpty() ? VettingReport.PASS : VettingReport.FAIL;
        List<String> rules = new ArrayList<>(issuerDecision.rulesFired());
        rules.addAll(judged.ruleNames());
        // each rule named once however often it fired: a draft with thousands of findings must not list thousands of names
        return new VettingReport(draft.id(), verdict, summary, bounded(all), rules.stream().distinct().toList());
    }

    /** The settings the draft is checked with: pass them on to whatever quotes a figure (the opinion). */
    public VettingSettings settings() {
        return vetter.settings();
    }

    /** At most {@link #MAX_FINDINGS}: findings without an excerpt of the text are always kept, text findings fill the rest. */
    static List<Finding> bounded(List<Finding> all) {
        if (all.size() <= MAX_FINDINGS) return all;
        long fixed = all.stream().filter(f -> !FindingCodes.TEXT_CODES.contains(f.code())).count();
        long textRoom = Math.max(0, MAX_FINDINGS - fixed);
        List<Finding> out = new ArrayList<>(MAX_FINDINGS + 1);
        int textKept = 0;
        int omitted = 0;
        for (Finding f : all) {
            if (!FindingCodes.TEXT_CODES.contains(f.code())) out.add(f);
            else if (textKept < textRoom) {
                out.add(f);
                textKept++;
            } else omitted++;
        }
        out.add(new Finding(FindingCodes.FINDINGS_TRUNCATED, Severity.INFO,
                "另有" + omitted + "处文本问题未列出（每份报告最多列出" + MAX_FINDINGS + "条）；审查结论已考虑全部问题。请修改上列问题后重新报送。",
                null, "本系统的报告篇幅限制（不是法律规定）"));
        return out;
    }

    private static void requireDate(LocalDate date, String field, String label) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new InvalidRequestException("INVALID_DATE", "字段 " + field + "（" + label + "）为 " + date
                    + "，超出可审查的范围（" + FIRST_YEAR + "年至" + LAST_YEAR + "年）。");
        }
    }

    private static String clip(String s) {
        return s == null || s.length() <= TextDetector.MAX_EXCERPT ? s : s.substring(0, TextDetector.MAX_EXCERPT - 1) + "…";
    }

    private static void requireText(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("MISSING_FIELD", "缺少必填字段 " + field + "（" + label + "）。");
        }
    }
}
