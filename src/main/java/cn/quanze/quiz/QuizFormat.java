package cn.quanze.quiz;

import cn.quanze.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.Locale;

/** Output formats of a paper. Every format is a pure function of the paper: same paper, same bytes. */
public enum QuizFormat {
    JSON, MARKDOWN, HTML, GIFT, MOODLE;

    public static QuizFormat parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT);
        if (k.equals("MD")) return MARKDOWN;
        if (k.equals("XML") || k.equals("MOODLE-XML") || k.equals("MOODLEXML")) return MOODLE;
        try {
            return valueOf(k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("无效的 --format “" + s + "”，可选 json|markdown|html|gift|moodle");
        }
    }

    public String render(Paper p) {
        return switch (this) {
            case JSON -> json(p);
            case MARKDOWN -> PaperWriters.markdown(p);
            case HTML -> PaperWriters.html(p);
            case GIFT -> Gift.write(p);
            case MOODLE -> MoodleXml.write(p);
        };
    }

    public String extension() {
        return switch (this) {
            case JSON -> "json";
            case MARKDOWN -> "md";
            case HTML -> "html";
            case GIFT -> "gift.txt";
            case MOODLE -> "xml";
        };
    }

    static String json(Object o) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
