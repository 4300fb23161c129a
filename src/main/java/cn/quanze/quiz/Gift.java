package cn.quanze.quiz;

/**
 * GIFT export (Moodle's text format): one {@code $CATEGORY: quanze/<kind>} per kind, then multichoice questions
 * {@code ::title:: text { =right#feedback ~wrong#feedback }}, the general feedback as {@code ####explanation}.
 * The special characters {@code ~ = # { } :} and the backslash are escaped with a backslash; line breaks become
 * {@code \n}.
 */
public final class Gift {
    private Gift() {}

    public static String write(Paper p) {
        StringBuilder s = new StringBuilder();
        s.append("// ").append(p.title()).append("（").append(p.catalogue()).append("）\n");
        s.append("// seed=").append(p.spec().seed()).append(" count=").append(p.questions().size())
                .append(" difficulty=").append(p.spec().difficulty().name().toLowerCase(java.util.Locale.ROOT)).append("\n");
        QuestionKind current = null;
        for (Question q : p.questions()) {
            if (q.kind() != current) {
                current = q.kind();
                s.append("\n$CATEGORY: ").append(q.kind().category()).append("\n");
            }
            s.append("\n// ").append(q.id()).append(' ').append(comment(q.ref())).append("\n");
            s.append("::").append(escape(q.id() + " " + q.title())).append("::")
                    .append("[plain]").append(escape(q.text())).append(" {\n");
            for (Option o : q.options()) {
                s.append("\t").append(o.correct() ? '=' : '~').append(escape(o.text()))
                        .append('#').append(escape(o.feedback())).append("\n");
            }
            s.append("\t####").append(escape(q.explanation())).append("\n");
            s.append("}\n");
        }
        return s.toString();
    }

    private static String comment(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** Escapes GIFT's special characters: ~ = # { } : and \ ; line breaks as \n. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
