package cn.quanze.evaluation;

import cn.quanze.QuanzeFixture;
import cn.quanze.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Regression guard on the hand-written evaluation set; the figures themselves come from ./quanze eval. */
class EvaluationAccuracyTest {

    @Test
    void freeTextAccuracyStaysAboveTheTargets() throws IOException {
        List<Evaluation.Question> qs = new ArrayList<>();
        for (String line : Files.readAllLines(QuanzeFixture.home().resolve("src/test/resources/eval/authority-questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) qs.add(Json.MAPPER.readValue(line, Evaluation.Question.class));
        }
        assertThat(qs).hasSizeGreaterThanOrEqualTo(150);
        Evaluation.Report r = Evaluation.run(QuanzeFixture.quanze().authority(), qs);
        assertThat(r.top1Rate()).as("top-1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.verdictRate()).as("verdict").isGreaterThanOrEqualTo(0.95);
    }
}
