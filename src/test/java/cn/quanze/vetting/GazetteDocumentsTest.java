package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The twelve real county documents of 《五台县人民政府公报》2023年第2期 speak of 加大处罚力度, 补贴, 奖励,
 * 审核转报, 审批服务, 依法查处, 严厉打击 … and list the townships' powers (强制拆除, 对…的处罚); none of them
 * creates a penalty, licence, compulsory measure or fee, so the text detectors must find no ERROR in them.
 */
class GazetteDocumentsTest {
    static List<Draft> documents;

    @BeforeAll
    static void extract() throws Exception {
        String md = Files.readString(TestPaths.gazette(), StandardCharsets.UTF_8);
        documents = extractDocuments(md);
    }

    static List<Draft> extractDocuments(String md) {
        return GazetteDocuments.extract(md);
    }

    @Test
    void exactlyTwelveDocumentsWithTheirRealNumbers() {
        assertThat(documents).hasSize(12);
        assertThat(documents).extracting(Draft::docNumber).containsExactly(
                "五政发〔2023〕17号", "五政发〔2023〕18号", "五政发〔2023〕19号", "五政发〔2023〕24号",
                "五政办发〔2023〕19号", "五政办发〔2023〕20号", "五政办发〔2023〕21号", "五政办发〔2023〕22号",
                "五政办发〔2023〕23号", "五政办发〔2023〕25号", "五政办发〔2023〕26号", "五政办发〔2023〕28号");
        assertThat(documents.get(0).title()).isEqualTo("五台县人民政府关于印发五台县“十四五”残疾人保障和发展规划的通知");
        assertThat(documents.get(9).issuer()).isEqualTo("五台县人民政府办公室");
        assertThat(documents.get(9).text()).contains("强制拆除").contains("行政处罚");
    }

    @Test
    void theRealCountyDocumentsDoNotSetPenaltiesLicencesCompulsoryMeasuresOrFees() {
        // rules and model together, as the service runs them: the model reports WARNINGs at most
        TextDetector detector = TextDetector.fromHome(TestPaths.home(), VettingSettings.load(TestPaths.settings()));
        List<String> errors = new ArrayList<>();
        for (Draft d : documents) {
            detector.detect(d).stream().filter(f -> f.severity() == Severity.ERROR)
                    .forEach(f -> errors.add(d.docNumber() + " " + f.code() + " 「" + f.excerpt() + "」"));
        }
        assertThat(errors).as(errors.stream().collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theRealCountyDocumentsPassTheNonTextChecksToo() {
        DraftChecks checks = new DraftChecks(VettingSettings.load(TestPaths.settings()));
        for (Draft d : documents) {
            assertThat(checks.check(d)).as(d.docNumber()).isEmpty();
        }
    }
}
