/**
 * Scenario quizzes for trainers (issue 6).
 *
 * <p>{@link cn.quanze.quiz.QuizGenerator} draws papers from one question source per kind: SCENARIO
 * ({@code ScenarioQuestions}: may a township do this: stage traps, acts the item does not grant, territory,
 * simplified-procedure amounts, the items' own conditions, detention, a county department invoking the township
 * catalogue), BASIS, TYPE and ISSUER. The simplified-procedure limits the amounts sit around are passed in
 * ({@link cn.quanze.quiz.SimplifiedProcedureLimits}); the quiz writes them nowhere else. SCENARIO and ISSUER
 * questions are built from a structured {@link cn.quanze.quiz.Probe} and keyed from the engine's decision of it
 * ({@link cn.quanze.quiz.Question#keyMatches}); a question where not exactly one option agrees with the engine is
 * dropped, so a key that disagrees with the engine is never emitted. Output is a pure function of the spec
 * (seeded {@code java.util.Random}, sorted pools): the same seed gives byte-identical JSON, Markdown, HTML, GIFT
 * and Moodle XML ({@link cn.quanze.quiz.QuizFormat}). {@link cn.quanze.quiz.QuizPlayer} plays a paper in the
 * terminal; {@link cn.quanze.quiz.QuizService} is what the web app exposes (see static/quiz.js for the JSON).
 */
package cn.quanze.quiz;
