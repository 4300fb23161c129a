package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpinionRendererTest {

    @Test
    void opinionOnAFiningDraftHasSectionsExcerptBasisAndRefusal() {
        Draft draft = new Draft("d1", "东冶镇人民政府", "东冶镇村庄环境卫生管理暂行规定", "东政发〔2024〕5号",
                LocalDate.of(2024, 4, 20), LocalDate.of(2026, 4, 19), true,
                "一、村民应当将生活垃圾投放到指定地点。\n二、对乱倒垃圾的农户，处以二百元罚款。");
        IssuerSummary issuer = new IssuerSummary("东冶镇人民政府", "东冶镇人民政府", "乡镇人民政府", true,
                "各乡镇、驼梁风景区", false);
        Vetter vetter = Vetter.fromHome(TestPaths.home());
        VettingReport report = vetter.vet(draft, issuer, List.of());
        String text = OpinionRenderer.render(report, draft);

        assertThat(report.verdict()).isEqualTo("FAIL");
        assertThat(text).startsWith("关于《东冶镇村庄环境卫生管理暂行规定》的合法性审查意见")
                .contains("一、基本情况", "二、发现的问题", "三、修改建议")
                .contains("东冶镇人民政府", "东政发〔2024〕5号", "2024年4月20日", "合法性审核：已进行")
                .contains("1. 【须修改】")
                .contains("「二、对乱倒垃圾的农户，处以二百元罚款」")
                .contains("依据：《中华人民共和国行政处罚法》第十六条")
                .contains("删除设定处罚的内容，确需处罚的，援引法律、法规、规章已有规定")
                .endsWith("审查结论：不予通过，请修改后重新报送。\n");
        assertThat(text.indexOf("一、基本情况")).isLessThan(text.indexOf("二、发现的问题"));
        assertThat(text.indexOf("二、发现的问题")).isLessThan(text.indexOf("三、修改建议"));
    }

    @Test
    void cleanDraftIsPassed() {
        Draft draft = new Draft("d2", "县民政局", "五台县临时救助实施细则", "五民发〔2024〕3号",
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28), true, "对困难家庭给予临时救助。");
        VettingReport report = Vetter.fromHome(TestPaths.home()).vet(draft, null, List.of());
        String text = OpinionRenderer.render(report, draft);
        assertThat(report.issuer().input()).isEqualTo("县民政局");
        assertThat(text).contains("经审查，未发现问题。").contains("审查结论：通过。");
    }
}
