package cn.quanze.quiz;

import java.util.List;
import java.util.Random;

/** A question not yet rendered: a stable ref, topic tags, and how to build it. */
record Seed(String ref, QuestionKind kind, List<String> tags, Builder builder) {

    @FunctionalInterface
    interface Builder {
        /** Returns null when no single option agrees with the engine (the question is then dropped). */
        Question build(String id, String ref, Random rnd, Difficulty d);
    }

    Question build(String id, Random rnd, Difficulty d) {
        return builder.build(id, ref, rnd, d);
    }

    boolean about(String topic) {
        return tags.stream().anyMatch(t -> t.contains(topic));
    }
}
