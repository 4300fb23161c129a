package cn.quanze.quiz;

import cn.quanze.Quanze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the web layer exposes (no HTTP here; see the comment at the top of static/quiz.js for the JSON shapes):
 * <ul>
 *   <li>{@code GET /api/v1/quiz?count=&seed=&kinds=&difficulty=&topic=} → {@link #paper(QuizSpec)}: the questions
 *       without keys, feedback or explanations;</li>
 *   <li>{@code POST /api/v1/quiz/answers} with {@link AnswerSheet} → {@link #check(AnswerSheet)}: the paper is
 *       regenerated from the same spec (generation is deterministic), so the server keeps no state.</li>
 * </ul>
 * Thread-safe once built (the generator keeps only immutable pools; decisions are computed per call).
 */
public final class QuizService {

    /** A question as the trainee sees it. */
    public record PublicOption(String key, String text) {}

    public record PublicQuestion(String id, String kind, String kindLabel, String text, List<PublicOption> options) {}

    public record PublicPaper(String title, String catalogue, int count, long seed, List<String> kinds, String difficulty,
                              String topic, List<PublicQuestion> questions) {}

    /** What the page posts back: the spec it fetched with, and the chosen key per question id. */
    public record AnswerSheet(Integer count, Long seed, List<String> kinds, String difficulty, String topic,
                              Map<String, String> answers) {
        public QuizSpec spec() {
            List<QuestionKind> ks = new ArrayList<>();
            if (kinds != null) for (String k : kinds) ks.addAll(QuizSpec.parseKinds(k));
            return new QuizSpec(count == null ? 10 : count, seed == null ? 1L : seed, ks, Difficulty.parse(difficulty), topic);
        }
    }

    public record OptionResult(String key, String text, boolean correct, String feedback) {}

    public record QuestionResult(String id, String kind, String text, String chosen, String answer, boolean correct,
                                 String explanation, List<String> basis, List<OptionResult> options) {}

    public record Result(int score, int total, int answered, List<QuestionResult> questions) {}

    private final QuizGenerator generator;

    public QuizService(Quanze q) {
        this.generator = new QuizGenerator(q);
    }

    public QuizService(QuizGenerator generator) {
        this.generator = generator;
    }

    public QuizGenerator generator() {
        return generator;
    }

    /** The paper with its keys (JSON format, for trainers). */
    public Paper fullPaper(QuizSpec spec) {
        return generator.paper(spec);
    }

    /** The paper as the trainee sees it: no keys. */
    public PublicPaper paper(QuizSpec spec) {
        Paper p = generator.paper(spec);
        List<PublicQuestion> qs = new ArrayList<>();
        for (Question q : p.questions()) {
            List<PublicOption> os = q.options().stream().map(o -> new PublicOption(o.key(), o.text())).toList();
            qs.add(new PublicQuestion(q.id(), q.kind().name(), q.kind().label(), q.text(), os));
        }
        return new PublicPaper(p.title(), p.catalogue(), qs.size(), spec.seed(),
                spec.kinds().stream().map(Enum::name).toList(), spec.difficulty().name(), spec.topic(), qs);
    }

    /** Scores an answer sheet; unanswered questions count as wrong. */
    public Result check(AnswerSheet sheet) {
        Paper p = generator.paper(sheet.spec());
        Map<String, String> a = sheet.answers() == null ? Map.of() : sheet.answers();
        int score = 0;
        int answered = 0;
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : p.questions()) {
            String chosen = a.get(q.id());
            if (chosen != null) chosen = chosen.trim().toUpperCase(java.util.Locale.ROOT);
            if (chosen != null && !chosen.isEmpty()) answered++;
            boolean right = q.answer().equals(chosen);
            if (right) score++;
            List<OptionResult> os = q.options().stream().map(o -> new OptionResult(o.key(), o.text(), o.correct(), o.feedback())).toList();
            out.add(new QuestionResult(q.id(), q.kind().name(), q.text(), chosen, q.answer(), right, q.explanation(), q.basis(), os));
        }
        return new Result(score, p.questions().size(), answered, out);
    }

    public Map<QuestionKind, Integer> stats(String topic) {
        return generator.stats(topic);
    }
}
