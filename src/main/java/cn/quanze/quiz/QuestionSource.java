package cn.quanze.quiz;

import java.util.List;

/** One kind of question: the seeds it can write, in a fixed order. */
sealed interface QuestionSource permits ScenarioQuestions, BasisQuestions, TypeQuestions, IssuerQuestions {

    QuestionKind kind();

    List<Seed> seeds();
}
