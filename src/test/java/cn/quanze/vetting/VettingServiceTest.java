package cn.quanze.vetting;

import cn.quanze.QuanzeFixture;
import cn.quanze.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.decision.InvalidRequestException;

/** The whole vetting path: issuer rules, detectors, draft checks, and the verdict rules of vetting.drl. */
class VettingServiceTest {

    private static VettingService service() {
        return QuanzeFixture.quanze().vetting();
    }

    private static Draft draft(String issuer, String text) {
        return new Draft("t", issuer, "关于加强秸秆综合利用的通知", "五农发〔2024〕3号", LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 3, 1), true, text, null, null);
    }

    private static final String CLEAN = "各乡（镇）人民政府：为推进秸秆综合利用，现就有关事项通知如下。一、加大宣传力度。二、落实属地责任。";

    @ParameterizedTest(name = "category {1}: {0} may issue")
    @CsvSource({"五台县人民政府, 1", "东冶镇人民政府, 2", "驼梁风景区服务中心, 2", "县农业农村局, 3", "县档案局, 4",
            "县城市管理综合行政执法局, 5", "忻州市住房公积金管理中心五台管理部, 6", "五台县气象局, 7"})
    void everyIssuerCategoryMayIssue(String issuer, int category) {
        VettingReport r = service().vet(draft(issuer, CLEAN));
        assertThat(r.verdict()).isEqualTo(VettingReport.PASS);
        assertThat(r.issuer().listed()).isTrue();
        assertThat(r.findings()).extracting(Finding::code).doesNotContain(FindingCodes.ISSUER_NOT_LISTED);
        assertThat(r.issuer().vertical()).isEqualTo(category == 7);
        assertThat(r.rulesFired()).contains("Body on the issuer list may issue normative documents",
                "Draft with only warnings and notes passes vetting");
    }

    @Test
    void verticallyManagedIssuerIsToldToFileTwice() {
        VettingReport r = service().vet(draft("县税务局", CLEAN));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCodes.VERTICAL_DUAL_FILING_REQUIRED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.basis()).contains("五政办发〔2023〕23号").contains("第三条");
        });
        assertThat(r.verdict()).isEqualTo(VettingReport.PASS);
    }

    @Test
    void trafficPoliceBrigadeMayNotIssueAndIsSentToThePublicSecurityBureau() {
        VettingReport r = service().vet(draft("县公安局交警大队", CLEAN));
        assertThat(r.verdict()).isEqualTo(VettingReport.FAIL);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCodes.ISSUER_NOT_LISTED);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("县公安局");
        });
        assertThat(r.rulesFired()).contains("Draft from a body not on the issuer list may not be issued in its name");
    }

    @Test
    void leadingGroupOfficeMayNotIssueInItsOwnName() {
        VettingReport r = service().vet(draft("五台县第三次全国土壤普查领导小组办公室", CLEAN));
        assertThat(r.verdict()).isEqualTo(VettingReport.FAIL);
        assertThat(r.issuer().listed()).isFalse();
    }

    @Test
    void draftThatFinesAndChargesFailsOnTheRulesThatNameTheProvisions() throws Exception {
        Draft d = Json.MAPPER.readValue(QuanzeFixture.home().resolve("examples/draft-fees.json").toFile(), Draft.class);
        VettingReport r = service().vet(d);
        assertThat(r.verdict()).isEqualTo(VettingReport.FAIL);
        assertThat(r.findings()).extracting(Finding::code).contains(FindingCodes.SETS_PENALTY, FindingCodes.SETS_FEE,
                FindingCodes.SETS_LICENCE, FindingCodes.SETS_COMPULSORY_MEASURE, FindingCodes.LEGALITY_REVIEW_MISSING);
        assertThat(r.rulesFired()).contains("Draft that creates an administrative penalty may not be issued",
                "Draft that creates an administrative licence may not be issued",
                "Draft that creates a compulsory measure may not be issued", "Draft that creates a fee may not be issued",
                "Draft without legality review may not be issued");
    }

    @Test
    void gazettesTwelveDocumentsPassThroughTheWholeService() throws Exception {
        String md = Files.readString(QuanzeFixture.gazette(), StandardCharsets.UTF_8);
        List<Draft> docs = GazetteDocumentsTest.extractDocuments(md);
        assertThat(docs).hasSize(12);
        for (Draft d : docs) {
            VettingReport r = service().vet(d);
            assertThat(r.findings()).as(d.title()).noneMatch(f -> f.severity() == Severity.ERROR);
            assertThat(r.verdict()).as(d.title()).isEqualTo(VettingReport.PASS);
        }
    }

    @Test
    void everyVettingRuleIsExercised() throws Exception {
        java.util.Set<String> fired = new java.util.HashSet<>();
        for (String line : Files.readAllLines(QuanzeFixture.home().resolve("src/test/resources/vetting/drafts.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) fired.addAll(service().vet(Json.MAPPER.treeToValue(Json.MAPPER.readTree(line).get("draft"), Draft.class)).rulesFired());
        }
        fired.addAll(service().vet(draft("县公安局交警大队", CLEAN)).rulesFired());
        // an ERROR code that no named rule knows yet still fails the draft
        var engine = QuanzeFixture.quanze().engine();
        var judged = engine.judgeDraft(new cn.quanze.engine.DraftFact("x"), List.of(new cn.quanze.engine.FindingFact("SETS_SOMETHING_NEW", "ERROR")));
        assertThat(judged.failures()).hasSize(1);
        fired.addAll(judged.ruleNames());
        assertThat(fired).containsAll(engine.ruleNames().stream().filter(r -> r.startsWith("Draft ")).toList());
    }

    @Test
    void aWarningAloneNeverFailsAndTheRuleThatFailsNamesItsCode() {
        // a penalty restated from a cited law is a WARNING (citedLawSeverity): the rules let it pass
        VettingReport warned = service().vet(draft("县农业农村局",
                "违反本办法的，依照《中华人民共和国食品安全法》第一百二十二条规定，处五万元以上十万元以下罚款。"));
        assertThat(warned.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(warned.verdict()).isEqualTo(VettingReport.PASS);
        assertThat(warned.rulesFired()).contains("Draft with only warnings and notes passes vetting")
                .doesNotContain("Draft that creates an administrative penalty may not be issued");
        VettingReport failed = service().vet(draft("县农业农村局", "对拒不卸载的超限车辆，可以先行扣押，待卸载后返还。"));
        assertThat(failed.verdict()).isEqualTo(VettingReport.FAIL);
        assertThat(failed.rulesFired()).contains("Draft that creates a compulsory measure may not be issued")
                .doesNotContain("Draft with only warnings and notes passes vetting");
    }

    @Test
    void aDateAtTheEndOfTheCalendarIsRefusedAsAnInvalidRequest() {
        Draft d = new Draft("t", "县民政局", "五台县临时救助实施细则", "五民发〔2024〕3号", LocalDate.MAX,
                LocalDate.MAX, true, CLEAN, null, null);
        assertThatThrownBy(() -> service().vet(d)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).code()).isEqualTo("INVALID_DATE"))
                .hasMessageContaining("issueDate");
    }

    @Test
    void aTextBeyondTheLimitIsRefusedAsAnInvalidRequest() {
        Draft d = new Draft("t", "县民政局", "五台县临时救助实施细则", "五民发〔2024〕3号", null, null, true,
                "对困难家庭给予临时救助。".repeat(VettingService.MAX_TEXT / 12 + 1), null, null);
        assertThatThrownBy(() -> service().vet(d)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).code()).isEqualTo("TEXT_TOO_LONG"));
    }

    @Test
    void aHugeDraftListsAtMostTheBoundAndCountsTheRest() {
        String text = "对违规经营户处以二百元罚款。".repeat(1000);
        Draft d = new Draft("t", "县市场监督管理局", "五台县集贸市场管理办法", "五市监发〔2024〕3号", LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 3, 1), false, text, null, null);
        VettingReport r = service().vet(d);
        assertThat(r.findings()).hasSize(VettingService.MAX_FINDINGS + 1);
        assertThat(r.findings()).extracting(Finding::code).contains(FindingCodes.LEGALITY_REVIEW_MISSING);
        Finding last = r.findings().get(r.findings().size() - 1);
        assertThat(last.code()).isEqualTo(FindingCodes.FINDINGS_TRUNCATED);
        assertThat(last.severity()).isEqualTo(Severity.INFO);
        assertThat(last.message()).contains("另有801处");
        assertThat(r.verdict()).isEqualTo(VettingReport.FAIL);
    }
}
