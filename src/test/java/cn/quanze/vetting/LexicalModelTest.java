package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model of catalog/vetting-model.tsv: rebuilt from the tuning part only, and reporting what the rules miss as a WARNING. */
class LexicalModelTest {

    @TempDir
    Path tmp;

    @Test
    void theCommittedModelIsExactlyWhatTheTuningPartTrains() throws IOException {
        Path rebuilt = tmp.resolve("model.tsv");
        LexicalModel.fromTuning(TestPaths.home().resolve(VettingEvaluation.TUNING)).write(rebuilt, LexicalModel.COMMENTS);
        assertThat(Files.readString(rebuilt, StandardCharsets.UTF_8))
                .as("catalog/vetting-model.tsv is stale: run ./quanze eval --vetting --train-model")
                .isEqualTo(Files.readString(TestPaths.home().resolve(LexicalModel.DEFAULT_PATH), StandardCharsets.UTF_8));
    }

    @Test
    void theHeldOutPartNeverTrainsIt() throws IOException {
        LexicalModel m = LexicalModel.load(TestPaths.home().resolve(LexicalModel.DEFAULT_PATH));
        assertThat(m.metadata().get("trained-on")).startsWith(VettingEvaluation.TUNING).doesNotContain("heldout");
        assertThat(m.codes()).containsExactlyInAnyOrderElementsOf(FindingCodes.TEXT_CODES);
    }

    @Test
    void aSeizureTheRulesMissIsReportedAsAWarningNamingItsWords() {
        TextDetector full = TextDetector.fromHome(TestPaths.home(), VettingSettings.load(TestPaths.settings()));
        TextDetector rules = new TextDetector(PatternCatalogue.load(TestPaths.patterns()), VettingSettings.load(TestPaths.settings()));
        String s = "村里规定：谁家的羊跑进别人地里，看见的人可以把羊牵到村委会拴着，羊主来认领。";
        assertThat(rules.detect(s)).isEmpty();
        List<Finding> f = full.detect(s);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(FindingCodes.SETS_COMPULSORY_MEASURE);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("未命中检测规则").contains("人工核对").contains("“");
            assertThat(x.basis()).contains("行政强制法");
        });
    }

    @Test
    void headingsAndOrdinaryDutiesRaiseNothing() {
        TextDetector full = TextDetector.fromHome(TestPaths.home(), VettingSettings.load(TestPaths.settings()));
        assertThat(full.detect("二、工作目标")).isEmpty();
        assertThat(full.detect("各乡镇要加强宣传，引导群众自觉遵守。")).isEmpty();
        assertThat(full.detect("本办法自发布之日起施行。")).isEmpty();
    }

    @Test
    void aMalformedModelFileIsRefusedWhole() throws IOException {
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "#@ bias SETS_FEE: 0.1\n#@ threshold SETS_FEE: 0.7\n代码\t词\t权重\nSETS_FEE\t押金\tabc\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LexicalModel.load(bad)).hasMessageContaining("第4行");
        Files.writeString(bad, "代码\t词\t权重\nSETS_FEE\t押金\t0.5\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LexicalModel.load(bad)).hasMessageContaining("缺少 #@ bias");
    }
}
