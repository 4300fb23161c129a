package cn.quanze.vetting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the {@link PatternCatalogue} to a draft's text: does the text itself create a penalty,
 * a licence, a compulsory measure or a fee?
 *
 * <p>The text is split into sentences on {@code 。；！？} (and their ASCII forms) and line breaks; every
 * rule is matched within one sentence. A sentence yields at most one finding per code (the first rule
 * in file order that matches outside lawful wording: a match that starts inside a match of an exemption
 * row for its code, such as 依照《…》的规定… or 严禁擅自设立收费项目, does not count). The excerpt is the sentence, trimmed to at most {@value #MAX_EXCERPT}
 * characters around the match.
 *
 * <p>When the sentence cites a law or administrative regulation ({@code 《…法》}, {@code 《…条例》}; not
 * {@code 《…办法》}), restating the higher law is likely and the finding's severity is lowered to
 * {@link VettingSettings#citedLawSeverity()} with a note asking the reviewer to check
 * the cited provision.
 *
 * <p>With a {@link LexicalModel}, a sentence the rules pass for a code but whose model score reaches the code's
 * threshold is reported as a WARNING naming the words that weigh most: a person checks it; the rules alone decide
 * ERRORs.
 *
 * <p>Thread-safe and immutable: build one and share it.
 */
public final class TextDetector {
    /** Maximum excerpt length in characters. */
    public static final int MAX_EXCERPT = 120;
    /** Longer stretches without a full stop are cut into pieces of at most this many characters. */
    static final int MAX_SENTENCE = 600;
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？;!?\\n\\r]");
    private static final Pattern CITES_LAW = Pattern.compile("《[^》]{1,60}(?<!办)法》|《[^》]{1,60}条例》");

    private final PatternCatalogue catalogue;
    private final VettingSettings settings;
    private final LexicalModel model;
    /** Codes in the order the model's warnings are listed, with the provision each rests on. */
    private final java.util.Map<String, String> modelBasis = new java.util.LinkedHashMap<>();

    public TextDetector(PatternCatalogue catalogue, VettingSettings settings) {
        this(catalogue, settings, null);
    }

    /** @param model the second reader, or null for the rules alone */
    public TextDetector(PatternCatalogue catalogue, VettingSettings settings, LexicalModel model) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = model;
        if (model != null) {
            for (PatternRule r : catalogue.rules()) {
                if (model.codes().contains(r.code())) modelBasis.putIfAbsent(r.code(), r.basis());
            }
        }
    }

    /** The rules, and the model when {@code catalog/vetting-model.tsv} is there (a data directory may omit it). */
    public static TextDetector fromHome(java.nio.file.Path home, VettingSettings settings) {
        PatternCatalogue catalogue = PatternCatalogue.load(home.resolve(PatternCatalogue.DEFAULT_PATH));
        java.nio.file.Path modelFile = home.resolve(LexicalModel.DEFAULT_PATH);
        return new TextDetector(catalogue, settings, java.nio.file.Files.isReadable(modelFile) ? LexicalModel.load(modelFile) : null);
    }

    public LexicalModel model() {
        return model;
    }

    public PatternCatalogue catalogue() {
        return catalogue;
    }

    public VettingSettings settings() {
        return settings;
    }

    /** Findings for the draft's text, in text order. */
    public List<Finding> detect(Draft draft) {
        return detect(draft == null ? null : draft.text());
    }

    /** Findings for a text, in text order (empty for null or blank text). */
    public List<Finding> detect(String text) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String sentence : sentences(text)) {
            Set<String> codesHere = new HashSet<>();
            Set<String> exempted = new HashSet<>();
            boolean citesLaw = CITES_LAW.matcher(sentence).find();
            java.util.Map<String, List<int[]>> lawfulByCode = new java.util.HashMap<>();
            for (PatternRule rule : catalogue.rules()) {
                if (codesHere.contains(rule.code())) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(sentence);
                boolean found = false;
                // After an exempted match, search again from the next character, not from the match's end: a match
                // that starts in lawful wording (对扣押的车辆…) must not hide a later one (…予以变卖).
                int from = 0;
                while (from <= sentence.length() && m.find(from)) {
                    List<int[]> lawful = lawfulByCode.computeIfAbsent(rule.code(), c -> lawfulSpans(sentence, c));
                    if (!exempted(lawful, m.start())) {
                        found = true;
                        break;
                    }
                    exempted.add(rule.code());
                    from = m.start() + 1;
                }
                if (!found) {
                    continue;
                }
                codesHere.add(rule.code());
                Severity severity = rule.severity();
                String message = rule.message(m.group());
                if (citesLaw && severity.compareTo(settings.citedLawSeverity()) < 0) {
                    severity = settings.citedLawSeverity();
                    message = message + "（该句援引了法律、法规，可能是复述上位法：请核对所援引条款是否确有此规定；"
                            + "上位法没有规定的，仍属违法设定。）";
                }
                out.add(new Finding(rule.code(), severity, message, excerpt(sentence, m.start(), m.end()), rule.basis()));
            }
            if (model != null) modelFindings(sentence, codesHere, lawfulByCode, exempted, out);
        }
        return out;
    }

    /** A heading, a table row or a fragment is no clause the model can judge. */
    private static final Pattern NOT_A_CLAUSE = Pattern.compile("^\\s*(?:[#|]|\\*\\*)|\\t|^[^\\p{IsHan}]*$|^\\s*[（(][一二三四五六七八九十]+[)）]\\s*[^，,]{0,14}$");
    /** Fewer Chinese characters than this make a heading or a fragment, not a clause the model can judge. */
    private static final int MIN_CLAUSE = 14;

    /**
     * The model's warnings for the codes the rules did not find in this sentence. The model is not asked about a code
     * the rules have already read here: one of its matches fell in lawful wording, lawful wording covers half the
     * sentence (任何单位和个人不得…), or the lawful wording is a term (强制披露, 强制免疫).
     */
    private void modelFindings(String sentence, Set<String> codesHere, java.util.Map<String, List<int[]>> lawfulByCode,
                               Set<String> exempted, List<Finding> out) {
        long han = sentence.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han < MIN_CLAUSE || NOT_A_CLAUSE.matcher(sentence).find()) return;
        Set<String> features = null;
        for (var e : modelBasis.entrySet()) {
            String code = e.getKey();
            if (codesHere.contains(code) || exempted.contains(code)) continue;
            List<int[]> lawful = lawfulByCode.computeIfAbsent(code, c -> lawfulSpans(sentence, c));
            if (lawful.stream().anyMatch(s -> s[1] - s[0] <= LAWFUL_TERM || s[1] - s[0] >= sentence.length() * LAWFUL_SHARE)) continue;
            if (features == null) features = LexicalModel.features(sentence);
            LexicalModel.Weights w = model.weights(code);
            double score = w.score(features);
            if (score < w.threshold()) continue;
            String label = FindingCodes.TEXT_LABELS.get(code);
            String words = String.join("、", w.reasons(features, 3).stream().map(g -> "“" + g + "”").toList());
            out.add(new Finding(code, Severity.WARNING, String.format(java.util.Locale.ROOT,
                    "此句未命中检测规则，但与标注为设定%s的句子相近（模型评分 %.2f，主要词语：%s）：请人工核对是否设定了%s；确未设定的，可不理会。",
                    label, score, words, label), excerpt(sentence, 0, Math.min(sentence.length(), MAX_EXCERPT - 2)), e.getValue()));
        }
    }

    /** The longest lawful wording that is a term rather than a clause. */
    private static final int LAWFUL_TERM = 6;
    /** Lawful wording covering this share of a sentence makes it a lawful sentence for the model. */
    private static final double LAWFUL_SHARE = 0.5;

    /** Spans {start, end} of the sentence's lawful wording for {@code code}. */
    private List<int[]> lawfulSpans(String sentence, String code) {
        List<int[]> out = new ArrayList<>();
        for (PatternCatalogue.Exemption e : catalogue.exemptions()) {
            if (!e.covers(code)) {
                continue;
            }
            Matcher m = e.pattern().matcher(sentence);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** A match starting at {@code start} lies inside lawful wording. */
    private static boolean exempted(List<int[]> lawful, int start) {
        for (int[] span : lawful) {
            if (span[0] <= start && start < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Splits on sentence-ending punctuation and line breaks; blank pieces dropped, pieces stripped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            add(out, text.substring(start, m.start()));
            start = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String s = piece.strip();
        if (s.isEmpty()) {
            return;
        }
        // A "sentence" longer than any real one (text without full stops) is cut after a comma, or at the limit,
        // so that the detectors' work stays proportional to the text.
        while (s.length() > MAX_SENTENCE) {
            int cut = Math.max(s.lastIndexOf('，', MAX_SENTENCE - 1), s.lastIndexOf(',', MAX_SENTENCE - 1));
            int end = cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE;
            out.add(s.substring(0, end));
            s = s.substring(end).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** The sentence, or a window of at most {@link #MAX_EXCERPT} characters centred on the match. */
    static String excerpt(String sentence, int matchStart, int matchEnd) {
        if (sentence.length() <= MAX_EXCERPT) {
            return sentence;
        }
        int matchLen = matchEnd - matchStart;
        if (matchLen >= MAX_EXCERPT - 2) {
            return sentence.substring(matchStart, matchStart + MAX_EXCERPT - 1) + "…";
        }
        int room = MAX_EXCERPT - 2 - matchLen; // two characters reserved for ellipses
        int from = Math.max(0, matchStart - room / 2);
        int to = Math.min(sentence.length(), from + matchLen + room);
        from = Math.max(0, to - matchLen - room);
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        sb.append(sentence, from, to);
        if (to < sentence.length()) {
            sb.append('…');
        }
        return sb.toString();
    }
}
