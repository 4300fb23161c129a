package cn.quanze.quiz;

import java.util.List;

/** A generated paper: the spec it came from, the catalogue it rests on, and the questions with their keys. */
public record Paper(String title, QuizSpec spec, String catalogue, String catalogueSha256, List<Question> questions) {
    public Paper {
        questions = List.copyOf(questions);
    }
}
