package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.QuanzeFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OpinionRendererTest {

    @Test
    void opinionOnAFiningDraftHasSectionsExcerptBasisAndRefusal() {
        Draft draft = new Draft("d1", "东冶镇人民政府", "东冶镇村庄环境卫生管理暂行规定", "东政发〔2024〕5号",
                LocalDate.of(2024, 4, 20), LocalDate.of(2026, 4, 19), true,
                "一、村民应当将生活垃圾投放到指定地点。\n二、对乱倒垃圾的农户，处以二百元罚款。");
        VettingService service = QuanzeFixture.quanze().vetting();
        VettingReport report = service.vet(draft);
        String text = OpinionRenderer.render(report, draft, service.settings());

        assertThat(report.verdict()).isEqualTo("FAIL");
        assertThat(text).startsWith("关于《东冶镇村庄环境卫生管理暂行规定》的合法性审查意见")
                .contains("一、基本情况", "二、发现的问题", "三、修改建议")
                .contains("东冶镇人民政府", "东政发〔2024〕5号", "2024年4月20日", "合法性审核：已进行")
                .contains("1. 【须修改】")
                .contains("「二、对乱倒垃圾的农户，处以二百元罚款」")
                .contains("依据：《中华人民共和国行政处罚法》第九条、第十六条")
                .contains("删除设定处罚的内容，确需处罚的，援引法律、法规、规章已有规定")
                .endsWith("审查结论：不予通过，请修改后重新报送。\n");
        assertThat(text.indexOf("一、基本情况")).isLessThan(text.indexOf("二、发现的问题"));
        assertThat(text.indexOf("二、发现的问题")).isLessThan(text.indexOf("三、修改建议"));
    }

    @Test
    void cleanDraftIsPassed() {
        Draft draft = new Draft("d2", "县民政局", "五台县临时救助实施细则", "五民发〔2024〕3号",
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28), true, "对困难家庭给予临时救助。");
        VettingService service = QuanzeFixture.quanze().vetting();
        VettingReport report = service.vet(draft);
        String text = OpinionRenderer.render(report, draft, service.settings());
        assertThat(report.issuer().input()).isEqualTo("县民政局");
        assertThat(text).contains("经审查，未发现问题。").contains("审查结论：通过。");
    }

    /** The bug of issue 11: an edited minPublicCommentDays was checked with the new figure and quoted with the old. */
    @Test
    void theOpinionQuotesTheFigureTheDraftWasCheckedWith() {
        Properties p = TestPaths.settingsProperties();
        p.setProperty("minPublicCommentDays", "45");
        VettingSettings edited = VettingSettings.from(p, "edited");
        DraftChecks checks = new DraftChecks(edited);
        Draft draft = new Draft("d3", "县商务局", "五台县促进商贸流通的若干措施", "五商发〔2024〕1号",
                LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), true, "对新开业的商贸企业给予奖励。", true, 30);
        List<Finding> findings = checks.check(draft);
        assertThat(findings).extracting(Finding::code).containsExactly(FindingCodes.NO_PUBLIC_COMMENT);
        assertThat(findings.get(0).message()).contains("45日");
        VettingReport report = new VettingReport("d3", VettingReport.PASS, IssuerSummary.unresolved("县商务局"), findings, List.of());
        String text = OpinionRenderer.render(report, draft, checks.settings());
        assertThat(text).contains("期限一般不少于45日").doesNotContain("不少于30日");
    }
}
