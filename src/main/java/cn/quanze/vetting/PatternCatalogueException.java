package cn.quanze.vetting;

/**
 * The pattern catalogue (or the settings file) was refused. The message names the file,
 * the line and the problem, e.g. {@code vetting-patterns.tsv 第14行：正例不匹配正则表达式 …}.
 */
public class PatternCatalogueException extends RuntimeException {
    private final String file;
    private final int line;
    private final String problem;

    public PatternCatalogueException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public PatternCatalogueException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " 第" + line + "行（line " + line + "）：" : "：") + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file (or source name) refused. */
    public String file() {
        return file;
    }

    /** 1-based line number, 0 when the problem is not on one line (e.g. missing header). */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
