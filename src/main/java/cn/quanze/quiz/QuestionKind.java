package cn.quanze.quiz;

/** The kinds of question the generator writes; {@code category} is the GIFT / Moodle category path segment. */
public enum QuestionKind {
    /** 情景判断：某乡镇拟做某事，是否在权限内（答案来自引擎）。 */
    SCENARIO("情景判断"),
    /** 职权依据：第 N 项的依据是哪部法律的哪一条。 */
    BASIS("职权依据"),
    /** 职权类型：第 N 项属于哪一职权类型。 */
    TYPE("职权类型"),
    /** 规范性文件制定主体：能否制定、垂直管理单位如何备案（答案来自引擎）。 */
    ISSUER("规范性文件制定主体");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String category() {
        return "quanze/" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
