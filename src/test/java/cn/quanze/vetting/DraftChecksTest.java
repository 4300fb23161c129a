package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DraftChecksTest {
    final DraftChecks checks = new DraftChecks(VettingSettings.load(TestPaths.settings()));

    static Draft draft(String title, String number, Boolean reviewed, LocalDate from, LocalDate to) {
        return new Draft("x", "县民政局", title, number, from, to, reviewed, "正文。");
    }

    @Test
    void absentLegalityReviewCountsAsNotDone() {
        assertThat(checks.legalityReview(draft("办法", "五民发〔2024〕3号", null, null, null)))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCodes.LEGALITY_REVIEW_MISSING);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("未表明");
                });
        assertThat(checks.legalityReview(draft("办法", "五民发〔2024〕3号", false, null, null)))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(checks.legalityReview(draft("办法", "五民发〔2024〕3号", true, null, null))).isEmpty();
    }

    @Test
    void documentNumbersMustUseHexagonalBracketsWithoutLeadingZeros() {
        assertThat(checks.docNumber(draft("办法", "五民发〔2024〕3号", true, null, null))).isEmpty();
        assertThat(checks.docNumber(draft("办法", "五政办发〔2023〕23号", true, null, null))).isEmpty();
        assertThat(checks.docNumber(draft("办法", null, true, null, null)))
                .extracting(Finding::code).containsExactly(FindingCodes.DOC_NUMBER_MISSING);
        for (String bad : List.of("五民发[2024]3号", "五民发(2024)3号", "五民发（2024）3号", "五民发【2024】3号",
                "五民发〔2024〕03号", "五民发〔2024〕第3号", "五民发〔2024〕3")) {
            assertThat(checks.docNumber(draft("办法", bad, true, null, null))).as(bad).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FindingCodes.DOC_NUMBER_MALFORMED);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("五民发〔2024〕3号");
            });
        }
        assertThat(checks.docNumber(draft("办法", "民政局3号文", true, null, null)))
                .singleElement().extracting(Finding::message).asString().contains("机关代字〔年份〕序号号");
    }

    @Test
    void tiaoliInTitleIsWarned() {
        assertThat(checks.title(draft("五台县养犬管理条例", "五民发〔2024〕3号", true, null, null)))
                .extracting(Finding::code).containsExactly(FindingCodes.TITLE_USES_TIAOLI);
        assertThat(checks.title(draft("五台县贯彻《山西省消防条例》的实施意见", "五民发〔2024〕3号", true, null, null)))
                .as("a title that names a regulation still says 条例; the check is deliberately simple")
                .hasSize(1);
        assertThat(checks.title(draft("五台县养犬管理办法", "五民发〔2024〕3号", true, null, null))).isEmpty();
    }

    @Test
    void validityLimitDependsOnProvisionalTitle() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        assertThat(checks.validity(draft("办法", "五民发〔2024〕3号", true, from, from.plusYears(5)))).isEmpty();
        assertThat(checks.validity(draft("办法", "五民发〔2024〕3号", true, from, from.plusYears(5).plusDays(1))))
                .extracting(Finding::code).containsExactly(FindingCodes.VALIDITY_TOO_LONG);
        assertThat(checks.validity(draft("暂行办法", "五民发〔2024〕3号", true, from, from.plusYears(2)))).isEmpty();
        assertThat(checks.validity(draft("试行办法", "五民发〔2024〕3号", true, from, from.plusYears(3))))
                .singleElement().extracting(Finding::message).asString().contains("2年");
        assertThat(checks.validity(draft("办法", "五民发〔2024〕3号", true, from, null))).isEmpty();
    }

    @Test
    void settingsChangeTheLimits() {
        Properties p = TestPaths.settingsProperties();
        p.setProperty("maxValidityYears", "3");
        p.setProperty("minPublicCommentDays", "20");
        DraftChecks strict = new DraftChecks(VettingSettings.from(p, "test"));
        LocalDate from = LocalDate.of(2024, 1, 1);
        assertThat(strict.validity(draft("办法", "五民发〔2024〕3号", true, from, from.plusYears(4)))).hasSize(1);
        Draft biz = new Draft("x", "县商务局", "办法", "五商发〔2024〕1号", null, null, true, "正文", true, 25);
        assertThat(strict.publicComment(biz)).isEmpty();
        assertThat(checks.publicComment(biz)).extracting(Finding::code).containsExactly(FindingCodes.NO_PUBLIC_COMMENT);
    }

    @Test
    void publicCommentOnlyCheckedForBusinessDocuments() {
        assertThat(checks.publicComment(new Draft("x", "i", "t", null, null, null, true, "t", null, null))).isEmpty();
        assertThat(checks.publicComment(new Draft("x", "i", "t", null, null, null, true, "t", false, null))).isEmpty();
        assertThat(checks.publicComment(new Draft("x", "i", "t", null, null, null, true, "t", true, null)))
                .singleElement().satisfies(f -> assertThat(f.basis()).isEqualTo("《优化营商环境条例》第六十二条第二款"));
    }

    @Test
    void datesAtTheEndOfTheCalendarDoNotOverflow() {
        LocalDate last = LocalDate.MAX;
        assertThat(checks.validity(draft("办法", "五民发〔2024〕3号", true, last, last))).isEmpty();
        assertThat(checks.validity(draft("办法", "五民发〔2024〕3号", true, LocalDate.of(2024, 1, 1), last)))
                .extracting(Finding::code).containsExactly(FindingCodes.VALIDITY_TOO_LONG);
    }

    @Test
    void legalityReviewIsNotAttributedToWordsTheNoticeDoesNotSay() {
        Finding f = checks.legalityReview(draft("办法", "五民发〔2024〕3号", false, null, null)).get(0);
        assertThat(f.message()).doesNotContain("不得提交集体审议").contains("应审必审");
        assertThat(f.basis()).contains("五政办发〔2023〕23号）第二条").doesNotContain("115号");
    }

    @Test
    void hugeTitlesAndNumbersAreNotEchoedInFull() {
        String title = "条例".repeat(5000);
        assertThat(checks.title(draft(title, "五民发〔2024〕3号", true, null, null)).get(0).message()).hasSizeLessThan(200);
        assertThat(checks.docNumber(draft("办法", "x".repeat(10000), true, null, null)).get(0).message()).hasSizeLessThan(200);
    }
}
