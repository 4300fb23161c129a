package cn.quanze.quiz;

/**
 * Moodle XML export: {@code <quiz>} with a {@code category} question per kind ({@code $course$/quanze/<kind>}) and
 * {@code multichoice} questions (single answer, answers not shuffled, ABCD numbering), per-answer feedback and the
 * explanation as general feedback. Question text is HTML inside CDATA; answers and feedback are escaped plain text.
 */
public final class MoodleXml {
    private MoodleXml() {}

    public static String write(Paper p) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<!-- ").append(esc(p.title()).replace("--", "－－")).append(" seed=").append(p.spec().seed()).append(" -->\n");
        s.append("<quiz>\n");
        QuestionKind current = null;
        for (Question q : p.questions()) {
            if (q.kind() != current) {
                current = q.kind();
                s.append("  <question type=\"category\">\n    <category><text>$course$/").append(esc(q.kind().category()))
                        .append("</text></category>\n    <info format=\"plain_text\"><text>").append(esc(q.kind().label()))
                        .append("</text></info>\n  </question>\n");
            }
            s.append("  <question type=\"multichoice\">\n");
            s.append("    <name><text>").append(esc(q.id() + " " + q.title())).append("</text></name>\n");
            s.append("    <questiontext format=\"html\"><text>").append(cdata("<p>" + esc(q.text()) + "</p>")).append("</text></questiontext>\n");
            s.append("    <generalfeedback format=\"html\"><text>").append(cdata("<p>" + esc(q.explanation()) + "</p>")).append("</text></generalfeedback>\n");
            s.append("    <idnumber>").append(esc(q.ref())).append("</idnumber>\n");
            s.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
            s.append("    <single>true</single>\n    <shuffleanswers>0</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n");
            for (Option o : q.options()) {
                s.append("    <answer fraction=\"").append(o.correct() ? "100" : "0").append("\" format=\"plain_text\">\n");
                s.append("      <text>").append(esc(o.text())).append("</text>\n");
                s.append("      <feedback format=\"plain_text\"><text>").append(esc(o.feedback())).append("</text></feedback>\n");
                s.append("    </answer>\n");
            }
            s.append("  </question>\n");
        }
        s.append("</quiz>\n");
        return s.toString();
    }

    /** XML text escaping (also drops characters XML 1.0 forbids). */
    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** A CDATA section; a "]]>" inside is split across two sections. */
    static String cdata(String s) {
        return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
