package cn.quanze.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** The data was refused: it is never served partially. Carries every problem found. */
public class CatalogueException extends RuntimeException {
    private final List<LintProblem> problems;

    public CatalogueException(List<LintProblem> problems) {
        super("数据校验未通过（" + problems.size() + " 处问题）：\n"
                + problems.stream().map(LintProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LintProblem> problems() {
        return problems;
    }
}
