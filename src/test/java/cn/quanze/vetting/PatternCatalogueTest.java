package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quanze.authority.DocumentLimits;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternCatalogueTest {

    @Test
    void theShippedCatalogueLoadsAndCoversEveryTextCode() {
        PatternCatalogue c = PatternCatalogue.load(TestPaths.patterns());
        assertThat(c.name()).isNotBlank();
        assertThat(c.version()).isNotBlank();
        assertThat(c.source()).contains("行政处罚法");
        assertThat(c.sha256()).hasSize(64);
        assertThat(c.rules()).extracting(PatternRule::code).containsAll(FindingCodes.TEXT_CODES);
        assertThat(c.rules()).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
    }

    @Test
    void theShippedSettingsHoldTheDocumentedFigures() {
        assertThat(VettingSettings.load(TestPaths.settings()))
                .isEqualTo(new VettingSettings(new DocumentLimits(5, 2, 30), 5, 15, Severity.WARNING));
    }

    @Test
    void aMissingSettingIsRefusedNotDefaulted() {
        java.util.Properties p = TestPaths.settingsProperties();
        p.remove("minPublicCommentDays");
        assertThatThrownBy(() -> VettingSettings.from(p, "edited.properties"))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("edited.properties").hasMessageContaining("minPublicCommentDays");
    }

    @Test
    void theCommentPeriodNamesTheArticleThatSaysIt() throws Exception {
        String text = Files.readString(TestPaths.settings(), StandardCharsets.UTF_8);
        assertThat(text).contains("第六十二条第二款").doesNotContain("第六十三条");
    }

    @Test
    void settingsFileSaysWhichFiguresAreConfirmed() throws Exception {
        String text = Files.readString(TestPaths.settings(), StandardCharsets.UTF_8);
        assertThat(text).contains("UNCONFIRMED").contains("CONFIRMED").contains("山西省人民政府令第274号");
    }

    @Test
    void aPositiveExampleThatNoLongerMatchesIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(TestPaths.patterns(), StandardCharsets.UTF_8);
        int idx = firstRuleIndex(lines);
        String[] cols = lines.get(idx).split("\t", -1);
        cols[5] = "本通知自印发之日起施行。";
        lines.set(idx, String.join("\t", cols));
        Path broken = dir.resolve("broken-patterns.tsv");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PatternCatalogue.load(broken))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("broken-patterns.tsv")
                .hasMessageContaining("第" + (idx + 1) + "行")
                .hasMessageContaining("正例不匹配")
                .satisfies(e -> assertThat(((PatternCatalogueException) e).line()).isEqualTo(idx + 1));
    }

    @Test
    void aRegexThatDoesNotCompileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(TestPaths.patterns(), StandardCharsets.UTF_8);
        int idx = firstRuleIndex(lines) + 2;
        String[] cols = lines.get(idx).split("\t", -1);
        cols[2] = "(处以[^。]{0,30}罚款";
        lines.set(idx, String.join("\t", cols));
        Path broken = dir.resolve("bad-regex.tsv");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PatternCatalogue.load(broken))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("bad-regex.tsv")
                .hasMessageContaining("第" + (idx + 1) + "行")
                .hasMessageContaining("正则表达式无法编译");
    }

    @Test
    void anUnknownCodeIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(TestPaths.patterns(), StandardCharsets.UTF_8);
        int idx = lines.size() - 1;
        String[] cols = lines.get(idx).split("\t", -1);
        cols[0] = "SETS_TAX";
        lines.set(idx, String.join("\t", cols));
        Path broken = dir.resolve("unknown-code.tsv");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PatternCatalogue.load(broken))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("第" + (idx + 1) + "行")
                .hasMessageContaining("未知的代码“SETS_TAX”");
    }

    @Test
    void aNegativeExampleThatMatchesIsRefused() {
        String tsv = header() + "SETS_FEE\tERROR\t收取[^。]{0,10}费\t依据\t提示\t收取管理费\t不得收取任何费用\n";
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader(tsv), "inline.tsv"))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("inline.tsv 第2行")
                .hasMessageContaining("反例竟匹配");
    }

    @Test
    void unknownSeverityAndDuplicateRowsAreRefused() {
        String row = "SETS_FEE\tERROR\t收取[^。]{0,10}费\t依据\t提示\t收取管理费\t免费开放\n";
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader(header() + row + row), "dup.tsv"))
                .hasMessageContaining("第3行").hasMessageContaining("重复");
        String bad = row.replace("ERROR", "FATAL");
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader(header() + bad), "sev.tsv"))
                .hasMessageContaining("第2行").hasMessageContaining("未知的严重程度");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsRefused() {
        String row = "SETS_FEE\tERROR\t收取[^。]{0,10}费\t依据\n";
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader("#@ name: x\n" + header() + row), "cols.tsv"))
                .hasMessageContaining("第3行").hasMessageContaining("应有7列");
    }

    @Test
    void aRegexMayCiteANamedVocabularyThatTheOfficeCanExtend() {
        String tsv = "@词\t费名\t卫生费|管理费\t收费名称\n" + header()
                + "SETS_FEE\tERROR\t缴纳{费名}\t依据\t提示\t每户缴纳卫生费。\t缴纳社会保险费。\n";
        PatternCatalogue c = PatternCatalogue.load(new StringReader(tsv), "vocab.tsv");
        assertThat(c.vocabulary()).containsEntry("费名", "卫生费|管理费");
        assertThat(c.rules().get(0).pattern().pattern()).isEqualTo("缴纳(?:卫生费|管理费)");
        String withQuantifier = header() + "SETS_FEE\tERROR\t收取[^。]{0,10}费\t依据\t提示\t收取管理费\t免费开放\n";
        assertThat(PatternCatalogue.load(new StringReader(withQuantifier), "q.tsv").rules().get(0).pattern().pattern())
                .isEqualTo("收取[^。]{0,10}费");
    }

    @Test
    void anUndefinedVocabularyIsRefusedWithItsLine() {
        String tsv = header() + "SETS_FEE\tERROR\t缴纳{费名}\t依据\t提示\t每户缴纳卫生费。\t缴纳社会保险费。\n";
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader(tsv), "undefined.tsv"))
                .isInstanceOf(PatternCatalogueException.class)
                .hasMessageContaining("第2行").hasMessageContaining("未定义的词表“{费名}”");
    }

    @Test
    void lawfulWordingRowsSuppressAMatchThatStartsInsideThem() {
        String tsv = header()
                + "SETS_FEE\tERROR\t收取[^。，]{0,10}费\t依据\t提示\t收取管理费\t免费开放\n"
                + "SETS_FEE\t豁免\t不得[^。，]{0,10}\t依据\t对政府自身的禁止\t不得收取任何费用\t收取管理费\n"
                + "*\t豁免\t依照《[^》]+》[^。，]{0,20}\t—\t援引法律\t依照《价格法》收取费用\t收取管理费\n";
        PatternCatalogue c = PatternCatalogue.load(new StringReader(tsv), "exempt.tsv");
        assertThat(c.rules()).hasSize(1);
        assertThat(c.exemptions()).extracting(PatternCatalogue.Exemption::code).containsExactly("SETS_FEE", "*");
        TextDetector d = new TextDetector(c, VettingSettings.load(TestPaths.settings()));
        assertThat(d.detect("各部门不得向企业收取管理费。")).isEmpty();
        assertThat(d.detect("依照《价格法》收取服务费。")).isEmpty();
        assertThat(d.detect("每户每月收取管理费十元。")).extracting(Finding::code).containsExactly("SETS_FEE");
        assertThat(d.detect("不得拖欠，每户收取管理费十元。")).as("the exemption ends at the comma")
                .extracting(Finding::code).containsExactly("SETS_FEE");
    }

    @Test
    void theWildcardCodeIsOnlyForLawfulWording() {
        String tsv = header() + "*\tERROR\t收取\t依据\t提示\t收取\t免费\n";
        assertThatThrownBy(() -> PatternCatalogue.load(new StringReader(tsv), "star.tsv"))
                .hasMessageContaining("第2行").hasMessageContaining("未知的代码“*”");
    }

    private static String header() {
        return String.join("\t", PatternCatalogue.HEADER) + "\n";
    }

    private static int firstRuleIndex(List<String> lines) {
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.isBlank() || l.startsWith(PatternCatalogue.VOCABULARY)) {
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            return i;
        }
        throw new AssertionError("no rule rows");
    }

    @SuppressWarnings("unused")
    private static String join(List<String> l) {
        return l.stream().collect(Collectors.joining("\n"));
    }
}
