package cn.quanze.quiz;

import cn.quanze.Quanze;
import cn.quanze.authority.AuthorityService;
import cn.quanze.catalogue.Dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes quiz papers from the catalogue, the issuer list and the rules, one {@link QuestionSource} per kind.
 *
 * <p>SCENARIO and ISSUER questions are built from a structured request ({@link Probe}); the request is decided by
 * {@link AuthorityService#decide} and the options are then keyed from that decision: the option that agrees with
 * the decision ({@link Question#keyMatches}) is the key, and a question where not exactly one option agrees is
 * dropped. A key that disagrees with the engine cannot be produced.
 *
 * <p>Deterministic: every pool is built in a fixed order from sorted data, and all choices come from one
 * {@code java.util.Random(seed)}.
 */
public final class QuizGenerator {

    private static final String PAPER_TITLE = "五台县乡镇权责培训测验";

    private final Dataset data;
    private final Map<QuestionKind, List<Seed>> pools = new EnumMap<>(QuestionKind.class);

    public QuizGenerator(Quanze q) {
        this(q, SimplifiedProcedureLimits.of(q.data().parameters(), java.time.LocalDate.now()));
    }

    /** A generator whose simplified-procedure penalties sit around the given limits. */
    public QuizGenerator(Quanze q, SimplifiedProcedureLimits limits) {
        this.data = q.data();
        QuizContext ctx = QuizContext.of(q, limits);
        List<QuestionSource> sources = List.of(new ScenarioQuestions(ctx), new BasisQuestions(ctx), new TypeQuestions(ctx),
                new IssuerQuestions(ctx));
        for (QuestionSource s : sources) pools.put(s.kind(), List.copyOf(s.seeds()));
    }

    public Dataset data() {
        return data;
    }

    /** How many distinct questions (distinct refs) each kind can produce, for a topic (null = all). */
    public Map<QuestionKind, Integer> stats(String topic) {
        Map<QuestionKind, Integer> m = new EnumMap<>(QuestionKind.class);
        for (QuestionKind k : QuestionKind.values()) m.put(k, filtered(k, topic).size());
        return m;
    }

    public Paper paper(QuizSpec spec) {
        return new Paper(PAPER_TITLE, spec, data.catalogue().name(), data.sha256(), generate(spec));
    }

    /**
     * Takes one question of each kind in turn from the kind's shuffled pool, skipping seeds that give no question,
     * until the count is reached or every pool is spent; then groups them by kind in the order asked and numbers them.
     */
    public List<Question> generate(QuizSpec spec) {
        Random rnd = new Random(spec.seed());
        Map<QuestionKind, Draw> draws = new LinkedHashMap<>();
        for (QuestionKind k : spec.kinds()) draws.put(k, new Draw(shuffled(k, spec.topic(), rnd)));
        List<Question> out = new ArrayList<>();
        List<QuestionKind> order = spec.kinds();
        int turn = 0;
        int exhausted = 0;
        while (out.size() < spec.count() && exhausted < order.size()) {
            Question built = draws.get(order.get(turn++ % order.size())).next("Q" + (out.size() + 1), rnd, spec.difficulty());
            if (built == null) {
                exhausted++;
                continue;
            }
            exhausted = 0;
            out.add(built);
        }
        return numbered(out, order);
    }

    private List<Seed> shuffled(QuestionKind k, String topic, Random rnd) {
        List<Seed> l = new ArrayList<>(filtered(k, topic));
        Collections.shuffle(l, rnd);
        return l;
    }

    private static List<Question> numbered(List<Question> out, List<QuestionKind> order) {
        List<Question> grouped = new ArrayList<>();
        for (QuestionKind kind : order) for (Question q : out) if (q.kind() == kind) grouped.add(q);
        List<Question> numbered = new ArrayList<>();
        for (int i = 0; i < grouped.size(); i++) {
            Question q = grouped.get(i);
            numbered.add(new Question("Q" + (i + 1), q.ref(), q.kind(), q.title(), q.text(), q.options(), q.answer(),
                    q.explanation(), q.basis(), q.itemId(), q.probe(), q.verdict()));
        }
        return numbered;
    }

    /** A kind's shuffled pool and how far it has been drawn. */
    private static final class Draw {
        private final List<Seed> seeds;
        private int next;

        Draw(List<Seed> seeds) {
            this.seeds = seeds;
        }

        /** The next seed that gives a question, or null when the pool is spent. */
        Question next(String id, Random rnd, Difficulty d) {
            while (next < seeds.size()) {
                Question q = seeds.get(next++).build(id, rnd, d);
                if (q != null) return q;
            }
            return null;
        }
    }

    private List<Seed> filtered(QuestionKind k, String topic) {
        List<Seed> all = pools.get(k);
        if (topic == null) return all;
        return all.stream().filter(s -> s.about(topic)).toList();
    }

    /** The refs of a kind's pool, in pool order. */
    public List<String> refs(QuestionKind k) {
        return pools.get(k).stream().map(Seed::ref).toList();
    }

    /** The number of questions in all pools, for a topic. */
    public int total(String topic) {
        int n = 0;
        for (QuestionKind k : QuestionKind.values()) n += filtered(k, topic).size();
        return n;
    }
}
