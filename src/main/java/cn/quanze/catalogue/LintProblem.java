package cn.quanze.catalogue;

/** One violated invariant of the data, located so a clerk can find it: file, line and item (0 when not applicable). */
public record LintProblem(String file, int line, int item, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (item > 0) s.append(" 第").append(item).append("项");
        return s.append("：").append(message).toString();
    }
}
