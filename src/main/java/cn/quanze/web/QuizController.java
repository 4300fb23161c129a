package cn.quanze.web;

import cn.quanze.quiz.Difficulty;
import cn.quanze.quiz.QuizService;
import cn.quanze.quiz.QuizSpec;
import cn.quanze.documents.QuizResultsXlsx;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 培训测验 page's two endpoints over {@link QuizService} (shapes documented at the top of quiz.js). */
@RestController
@RequestMapping(path = "/api/v1/quiz", produces = MediaType.APPLICATION_JSON_VALUE)
public class QuizController {
    static final int MAX_COUNT = 200;

    private final Generations generations;

    public QuizController(Generations generations) {
        this.generations = generations;
    }

    @GetMapping
    public QuizService.PublicPaper paper(@RequestParam(defaultValue = "10") int count,
                                         @RequestParam(defaultValue = "1") long seed,
                                         @RequestParam(required = false) String kinds,
                                         @RequestParam(required = false) String difficulty,
                                         @RequestParam(required = false) String topic) {
        QuizSpec spec = spec(count, seed, kinds, difficulty, topic);
        try (Generations.Lease g = generations.lease()) {
            return g.quiz().paper(spec);
        }
    }

    @PostMapping(path = "/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    public QuizService.Result answers(@RequestBody QuizService.AnswerSheet sheet) {
        if (sheet.count() != null && (sheet.count() < 1 || sheet.count() > MAX_COUNT)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_QUIZ", "题量应在 1–" + MAX_COUNT + " 之间。");
        }
        try (Generations.Lease g = generations.lease()) {
            return g.quiz().check(sheet);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_QUIZ", e.getMessage());
        }
    }

    @Operation(summary = "一名学员的答卷 → Excel 成绩表（姓名、试卷号、得分、逐题作答与正确答案）")
    @PostMapping(path = "/results.xlsx", consumes = MediaType.APPLICATION_JSON_VALUE, produces = XLSX)
    public ResponseEntity<byte[]> resultsXlsx(@RequestBody QuizService.AnswerSheet sheet,
                                              @RequestParam(name = "trainee", required = false) String trainee) throws java.io.IOException {
        QuizService.Result result = answers(sheet);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        QuizResultsXlsx.write(new QuizResultsXlsx.Header(trainee, sheet.seed() == null ? 1L : sheet.seed(),
                java.time.LocalDateTime.now()), result, out);
        String name = "测验成绩-" + (trainee == null || trainee.isBlank() ? "学员" : trainee.strip()) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static QuizSpec spec(int count, long seed, String kinds, String difficulty, String topic) {
        if (count < 1 || count > MAX_COUNT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_QUIZ", "题量应在 1–" + MAX_COUNT + " 之间。");
        }
        try {
            return new QuizSpec(count, seed, QuizSpec.parseKinds(kinds), Difficulty.parse(difficulty), topic);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_QUIZ", e.getMessage());
        }
    }
}
