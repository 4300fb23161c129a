package cn.quanze.evaluation;

import cn.quanze.QuanzeFixture;
import cn.quanze.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression floors on the evaluation sets, at the levels measured when the conduct elements went in (the
 * figures themselves come from ./quanze eval; the targets are higher and not yet met, see README).
 * A change that lets more false 可以 through, or loses paraphrases it answered, fails here.
 */
class EvaluationAccuracyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // set,                       most false 可以, least precision of 可以, least verdict accuracy
            "adversarial-tune.jsonl,        0, 1.0, 0.86",
            "adversarial-heldout.jsonl,     1, 0.0, 0.89",
            "adversarial-r2-tune.jsonl,     0, 1.0, 0.71",
            "adversarial-r2-heldout.jsonl,  1, 0.0, 0.74",
            "adversarial-r3-tune.jsonl,     0, 1.0, 0.70",
            "paraphrase-tune.jsonl,         0, 1.0, 0.97",
            "paraphrase-heldout.jsonl,      1, 0.99, 0.88",
            "paraphrase-r2-tune.jsonl,      0, 1.0, 0.95",
            "paraphrase-r2-heldout.jsonl,   0, 1.0, 0.89",
            "paraphrase-r3-tune.jsonl,      0, 1.0, 0.96",
            "paraphrase-r3-heldout.jsonl,   0, 1.0, 0.86",
            "adversarial-r4-tune.jsonl,     0, 1.0, 0.73",
            "adversarial-r4-heldout.jsonl,  7, 0.0, 0.70",
            "adversarial-r5-tune.jsonl,     0, 1.0, 0.82",
            "adversarial-r5-heldout.jsonl,  7, 0.0, 0.73",
            "paraphrase-r4-tune.jsonl,      0, 1.0, 0.94",
            "paraphrase-r4-heldout.jsonl,   0, 1.0, 0.80",
            "adversarial-r6-tune.jsonl,     0, 1.0, 0.85",
            "adversarial-r6-heldout.jsonl,  2, 0.0, 0.83",
            "adversarial-r7-tune.jsonl,     0, 1.0, 0.70",
            "adversarial-r7-heldout.jsonl,  3, 0.0, 0.73",
            "paraphrase-r5-tune.jsonl,      0, 1.0, 0.88",
            "paraphrase-r5-heldout.jsonl,   0, 1.0, 0.82",
            "adversarial-r8-tune.jsonl,     0, 1.0, 0.81",
            "adversarial-r8-heldout.jsonl,  5, 0.0, 0.78",
            "paraphrase-r6-tune.jsonl,      0, 1.0, 0.83",
            "paraphrase-r6-heldout.jsonl,   2, 0.96, 0.81",
            "adversarial-r9-tune.jsonl,     1, 0.0, 0.81",
            "adversarial-r9-heldout.jsonl,  5, 0.0, 0.79",
            "paraphrase-r7-tune.jsonl,      1, 0.99, 0.84",
            "paraphrase-r7-heldout.jsonl,   0, 1.0, 0.83",
            "adversarial-r10-tune.jsonl,    0, 1.0, 0.82",
            "adversarial-r10-heldout.jsonl,10, 0.0, 0.63",
            "paraphrase-r8-tune.jsonl,      1, 0.99, 0.87",
            "paraphrase-r8-heldout.jsonl,   2, 0.96, 0.85",
            "adversarial-r11-tune.jsonl,    2, 0.0, 0.80",
            "adversarial-r11-heldout.jsonl, 2, 0.0, 0.82",
            "paraphrase-r9-tune.jsonl,      0, 1.0, 0.89",
            "paraphrase-r9-heldout.jsonl,   0, 1.0, 0.90",
            "adversarial-r12-tune.jsonl,    0, 1.0, 0.78",
            "adversarial-r12-heldout.jsonl, 1, 0.0, 0.85",
            "adversarial-r13-tune.jsonl,    0, 1.0, 0.84",
            "adversarial-r13-heldout.jsonl, 1, 0.0, 0.82",
            "paraphrase-r10-tune.jsonl,     0, 1.0, 0.90",
            "paraphrase-r10-heldout.jsonl,  1, 0.98, 0.89",
            "adversarial-r14-tune.jsonl,    0, 1.0, 0.85",
            "adversarial-r14-heldout.jsonl, 1, 0.0, 0.82",
            "paraphrase-r11-tune.jsonl,     0, 1.0, 0.92",
            "paraphrase-r11-heldout.jsonl,  1, 0.98, 0.84",
            "adversarial-r15-tune.jsonl,    0, 1.0, 0.83",
            "adversarial-r15-heldout.jsonl, 4, 0.0, 0.81",
            "paraphrase-r12-tune.jsonl,     0, 1.0, 0.88",
            "paraphrase-r12-heldout.jsonl,  0, 1.0, 0.87",
            "adversarial-r16-tune.jsonl,    0, 1.0, 0.83",
            "adversarial-r16-heldout.jsonl, 4, 0.0, 0.77",
            "paraphrase-r13-tune.jsonl,     0, 1.0, 0.87",
            "paraphrase-r13-heldout.jsonl,  3, 0.95, 0.86",
            "adversarial-r17-tune.jsonl,    1, 0.0, 0.83",
            "adversarial-r17-heldout.jsonl, 9, 0.0, 0.76",
            "paraphrase-r14-tune.jsonl,     0, 1.0, 0.83",
            "paraphrase-r14-heldout.jsonl,  0, 1.0, 0.84",
            "adversarial-r18-tune.jsonl,    1, 0.0, 0.81",
            "adversarial-r18-heldout.jsonl, 4, 0.0, 0.75",
            "paraphrase-r15-tune.jsonl,     0, 1.0, 0.90",
            "paraphrase-r15-heldout.jsonl,  1, 0.98, 0.87",
            "adversarial-r19-tune.jsonl,    0, 1.0, 0.76",
            "adversarial-r19-heldout.jsonl, 9, 0.0, 0.73",
            "paraphrase-r16-tune.jsonl,     0, 1.0, 0.89",
            "paraphrase-r16-heldout.jsonl,  2, 0.97, 0.90",
            "adversarial-r20-tune.jsonl,    1, 0.0, 0.73",
            "adversarial-r20-heldout.jsonl, 9, 0.0, 0.71",
            "paraphrase-r17-tune.jsonl,     0, 1.0, 0.81",
            "paraphrase-r17-heldout.jsonl,  1, 0.98, 0.80",
            "adversarial-r21-tune.jsonl,    2, 0.0, 0.78",
            "adversarial-r21-heldout.jsonl, 4, 0.0, 0.80",
            "paraphrase-r18-tune.jsonl,     1, 0.99, 0.88",
            "paraphrase-r18-heldout.jsonl,  0, 1.0, 0.88",
            "adversarial-r22-tune.jsonl,    1, 0.0, 0.76",
            "adversarial-r22-heldout.jsonl, 3, 0.0, 0.69",
            "adversarial-r23-tune.jsonl,    2, 0.0, 0.79",
            "adversarial-r23-heldout.jsonl,13, 0.0, 0.76",
            "adversarial-r24-tune.jsonl,    0, 1.0, 0.81",
            "adversarial-r24-heldout.jsonl,11, 0.0, 0.72",
            "adversarial-r25-tune.jsonl,    4, 0.0, 0.79",
            "adversarial-r25-heldout.jsonl, 6, 0.0, 0.83",
            "paraphrase-r19-tune.jsonl,     1, 0.99, 0.88",
            "paraphrase-r19-heldout.jsonl,  0, 1.0, 0.84",
            "adversarial-r26-tune.jsonl,    0, 1.0, 0.81",
            "adversarial-r26-heldout.jsonl,14, 0.0, 0.71",
            "adversarial-r27-tune.jsonl,    2, 0.0, 0.77",
            "adversarial-r27-heldout.jsonl, 6, 0.0, 0.75",
            "adversarial-r28-tune.jsonl,    2, 0.0, 0.75",
            "adversarial-r28-heldout.jsonl, 7, 0.0, 0.75",
            "adversarial-r29-tune.jsonl,    2, 0.0, 0.79",
            "adversarial-r29-heldout.jsonl, 5, 0.0, 0.76",
            "paraphrase-r20-tune.jsonl,     2, 0.98, 0.86",
            "paraphrase-r20-heldout.jsonl,  1, 0.98, 0.84",
            "adversarial-r30-tune.jsonl,    1, 0.0, 0.82",
            "adversarial-r30-heldout.jsonl, 3, 0.0, 0.75",
            "adversarial-r31-heldout.jsonl, 4, 0.0, 0.80",
            "adversarial-r31-tune.jsonl,    1, 0.49, 0.78",
            "adversarial-r32-heldout.jsonl, 7, 0.0, 0.85",
            "adversarial-r32-tune.jsonl,    0, 1.0, 0.84",
            "paraphrase-r21-heldout.jsonl,  1, 0.98, 0.89",
            "paraphrase-r21-tune.jsonl,     0, 1.0, 0.88",
            "adversarial-r33-heldout.jsonl, 6, 0.0, 0.76",
            "adversarial-r33-tune.jsonl,    0, 1.0, 0.78",
            "adversarial-r34-heldout.jsonl, 7, 0.0, 0.82",
            "adversarial-r34-tune.jsonl,    0, 1.0, 0.84",
            "adversarial-r35-heldout.jsonl, 3, 0.0, 0.85",
            "adversarial-r35-tune.jsonl,    0, 1.0, 0.82",
            "paraphrase-r22-heldout.jsonl,  0, 1.0, 0.86",
            "paraphrase-r22-tune.jsonl,     0, 1.0, 0.87",
            "adversarial-r36-heldout.jsonl, 8, 0.0, 0.60",
            "adversarial-r36-tune.jsonl,    2, 0.0, 0.66",
            "adversarial-r37-heldout.jsonl,10, 0.0, 0.81",
            "adversarial-r37-tune.jsonl,    1, 0.0, 0.84",
            "paraphrase-r23-heldout.jsonl,  1, 0.98, 0.81",
            "paraphrase-r23-tune.jsonl,     0, 1.0, 0.79",
            "adversarial-r38-heldout.jsonl, 6, 0.0, 0.82",
            "adversarial-r38-tune.jsonl,    0, 1.0, 0.86",
            "paraphrase-r24-heldout.jsonl,  0, 1.0, 0.89",
            "paraphrase-r24-tune.jsonl,     0, 1.0, 0.89",
            "adversarial-r39-heldout.jsonl, 3, 0.0, 0.89",
            "adversarial-r39-tune.jsonl,    0, 1.0, 0.84",
            "paraphrase-r25-heldout.jsonl,  0, 1.0, 0.82",
            "paraphrase-r25-tune.jsonl,     2, 0.98, 0.83",
            "adversarial-r40-heldout.jsonl, 0, 1.0, 0.85",
            "adversarial-r40-tune.jsonl,    1, 0.0, 0.90",
            "paraphrase-r26-heldout.jsonl,  0, 1.0, 0.91",
            "paraphrase-r26-tune.jsonl,     0, 1.0, 0.91",
            "adversarial-r41-heldout.jsonl, 2, 0.0, 0.79",
            "adversarial-r41-tune.jsonl,    0, 1.0, 0.86",
            "adversarial-r42-heldout.jsonl, 7, 0.0, 0.73",
            "adversarial-r42-tune.jsonl,    0, 1.0, 0.82",
            "paraphrase-r27-heldout.jsonl,  1, 0.98, 0.92",
            "paraphrase-r27-tune.jsonl,     1, 0.99, 0.94",
            "paraphrase-r28-heldout.jsonl,  0, 1.0, 0.93",
            "paraphrase-r28-tune.jsonl,     0, 1.0, 0.95",
            "adversarial-r43-heldout.jsonl, 4, 0.0, 0.75",
            "adversarial-r43-tune.jsonl,    2, 0.0, 0.78",
            "paraphrase-r29-heldout.jsonl,  1, 0.98, 0.86",
            "paraphrase-r29-tune.jsonl,     1, 0.99, 0.91",
            "adversarial-r44-heldout.jsonl, 8, 0.0, 0.74",
            "adversarial-r44-tune.jsonl,    3, 0.0, 0.78",
            "adversarial-r45-heldout.jsonl, 3, 0.0, 0.85",
            "adversarial-r45-tune.jsonl,    0, 1.0, 0.92",
            "paraphrase-r30-heldout.jsonl,  2, 0.97, 0.89",
            "paraphrase-r30-tune.jsonl,     2, 0.98, 0.85",
            "adversarial-r46-heldout.jsonl,10, 0.0, 0.81",
            "adversarial-r46-tune.jsonl,    3, 0.0, 0.81",
            "adversarial-r47-heldout.jsonl, 4, 0.0, 0.82",
            "adversarial-r47-tune.jsonl,    5, 0.0, 0.83",
            "paraphrase-r31-heldout.jsonl,  1, 0.98, 0.86",
            "paraphrase-r31-tune.jsonl,     0, 1.0, 0.91",
            "authority-questions.jsonl,     0, 1.0, 0.93",
            "held-out-questions.jsonl,      0, 1.0, 0.89"
    })
    void freeTextStaysAboveItsFloors(String set, int maxFalsePermits, double minPrecision, double minVerdicts) throws IOException {
        List<Evaluation.Question> qs = new ArrayList<>();
        for (String line : Files.readAllLines(QuanzeFixture.home().resolve("src/test/resources/eval/" + set), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) qs.add(Json.MAPPER.readValue(line, Evaluation.Question.class));
        }
        Evaluation.Report r = Evaluation.run(QuanzeFixture.quanze().authority(), qs);
        assertThat(r.falsePermits()).as("false 可以").isLessThanOrEqualTo(maxFalsePermits);
        assertThat(r.permitPrecision()).as("precision of 可以").isGreaterThanOrEqualTo(minPrecision);
        assertThat(r.verdictRate()).as("verdict accuracy").isGreaterThanOrEqualTo(minVerdicts);
    }
}
