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

import java.util.ArrayList;
import java.util.List;

/**
 * Vets a draft normative document: the issuer rules (issuers.drl) decide whether the drafting body
 * may issue in its own name; the detectors and draft checks find the problems in the text and
 * fields; the rules of vetting.drl decide the verdict from those findings.
 */
public final class VettingService {

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
                        draft.issuer(), ISSUER_NOTICE + "第一条"));
            } else if (r.code().equals(ReasonCode.VERTICAL_DUAL_FILING_REQUIRED.name())) {
                issuerFindings.add(new Finding(FindingCodes.VERTICAL_DUAL_FILING_REQUIRED, Severity.INFO, r.message(),
                        draft.issuer(), ISSUER_NOTICE + "第三条"));
            }
        }
        VettingReport report = vetter.vet(draft, summary, issuerFindings);

        List<FindingFact> facts = report.findings().stream().map(f -> new FindingFact(f.code(), f.severity().name())).toList();
        RuleOutcome judged = engine.judgeDraft(new DraftFact(draft.issuer()), facts);
        String verdict = judged.failures().isEmpty() ? VettingReport.PASS : VettingReport.FAIL;
        List<String> rules = new ArrayList<>(issuerDecision.rulesFired());
        rules.addAll(judged.ruleNames());
        return report.decidedBy(verdict, rules);
    }

    private static void requireText(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("MISSING_FIELD", "缺少必填字段 " + field + "（" + label + "）。");
        }
    }
}
