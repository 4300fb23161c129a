package cn.quanze.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county documents of a gazette issue in Markdown ({@code catalog/sources/wutai-gazette-2023-issue2.md}
 * beside the project: twelve documents), each as a {@link Draft}: lawful, issued wording that vetting must
 * not refuse.
 */
public final class GazetteDocuments {
    /** The gazette issue beside the project home. */
    public static final String DEFAULT_PATH = "catalog/sources/wutai-gazette-2023-issue2.md";
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,2}\\s*(五台县人民政府(?:办公室)?)\\s*关于.*$");
    private static final Pattern NUMBER = Pattern.compile("五政(?:办)?发〔2023〕\\d+号");

    private GazetteDocuments() {
    }

    /** One draft per document heading (五台县人民政府[办公室] 关于…), its text up to the next heading. */
    public static List<Draft> extract(String markdown) {
        Matcher h = HEADING.matcher(markdown);
        List<int[]> spans = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        while (h.find()) {
            spans.add(new int[] {h.start(), h.end()});
            headings.add(h.group().replaceFirst("^#+", ""));
        }
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int bodyStart = spans.get(i)[1];
            int bodyEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : markdown.length();
            String body = markdown.substring(bodyStart, bodyEnd);
            String title = headings.get(i).replaceAll("\\s+", "");
            Matcher n = NUMBER.matcher(body.substring(0, Math.min(body.length(), 200)));
            String number = n.find() ? n.group() : null;
            String issuer = number != null && number.startsWith("五政办发") ? "五台县人民政府办公室" : "五台县人民政府";
            out.add(new Draft("gazette-" + (i + 1), issuer, title, number, null, null, true, body));
        }
        return out;
    }
}
