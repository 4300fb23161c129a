package cn.quanze.catalogue;

/** The clauses of a question: the stretches between the marks that end one (，。？！；). */
public final class Clauses {
    /** The marks that end a clause: a denial or a contrary word reaches no further. */
    public static final String ENDS = "，。？！,?!；;";

    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("[" + ENDS + "]");

    private Clauses() {}

    /** The clauses of {@code q} in order (empty ones at the end dropped, as {@link String#split} does). */
    public static java.util.List<String> of(String q) {
        return java.util.List.of(BREAK.split(q));
    }

    /** Where the clause holding position {@code at} begins. */
    public static int start(String q, int at) {
        int from = at;
        while (from > 0 && ENDS.indexOf(q.charAt(from - 1)) < 0) from--;
        return from;
    }

    /** Where the clause holding position {@code at} ends (the index of its closing mark, or the text's length). */
    public static int end(String q, int at) {
        int to = at;
        while (to < q.length() && ENDS.indexOf(q.charAt(to)) < 0) to++;
        return to;
    }
}
