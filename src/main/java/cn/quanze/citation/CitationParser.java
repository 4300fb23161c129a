package cn.quanze.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the 职权依据 (legal basis) text of a catalogue item into {@link Citation}s.
 *
 * <p>Grammar, as found in the county gazette:
 * <pre>
 *   basis     := sep* ( citation sep* )*
 *   citation  := title ws* edition? ( sep* provision )*
 *   title     := 《 … 》            nested 《》/〈〉 and any brackets inside are kept verbatim
 *   edition   := ( … ) | （ … ）     full- or half-width, may nest; inner text trimmed, spaces collapsed
 *   provision := 第N条 [第N款] [第（N）项 | 第(N)项 | 第N项]
 *              | 第N款 [项]          continues the article of the previous provision
 *              | 第（N）项           continues the article and paragraph of the previous provision
 *   sep       := whitespace | 、 | ， | , | ； | ;
 * </pre>
 * N is a Chinese numeral ({@link ChineseNumerals}) or Arabic digits. Citations need not be separated
 * (items 129/130 run 第三十一条《娱乐场所管理条例》 together): a new 《 always starts a new citation.
 *
 * <p>Nothing is silently dropped: any text that is not whitespace, a separator or part of the grammar
 * above is quoted in {@link ParseResult#problems()}, as are unterminated brackets and malformed numerals.
 */
public final class CitationParser {
    private CitationParser() {}

    /** Separator used by {@link #normalise(List)} between citations. */
    public static final String CITATION_SEPARATOR = "；";

    private static final String NUM = "([零〇一二三四五六七八九十百千]+|[0-9]+)";
    private static final String ITEM = "(?:第[（(]" + NUM + "[）)]项|第" + NUM + "项)";
    private static final Pattern ARTICLE = Pattern.compile(
            "第" + NUM + "条(?:第" + NUM + "款)?" + ITEM + "?");
    private static final Pattern PARAGRAPH_ONLY = Pattern.compile("第" + NUM + "款" + ITEM + "?");
    private static final Pattern ITEM_ONLY = Pattern.compile(ITEM);

    public static ParseResult parse(String basisText) {
        return new Run(basisText == null ? "" : basisText).parse();
    }

    /**
     * Joins the normalised printed forms of the citations with the full-width semicolon
     * {@value #CITATION_SEPARATOR}, e.g. {@code 《A》（2019年修正）第六十二条第四款；《B》第六条}.
     * The result parses back to the same citations.
     */
    public static String normalise(List<Citation> citations) {
        return String.join(CITATION_SEPARATOR, citations.stream().map(Citation::citation).toList());
    }

    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0'
                || c == '、' || c == '，' || c == ',' || c == '；' || c == ';';
    }

    private static boolean isOpen(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）';
    }

    static String collapse(String s) {
        return s.strip().replaceAll("[\\s\\u3000]+", " ");
    }

    /** One parse of one text. */
    private static final class Run {
        final String text;
        int pos;
        final List<Citation> citations = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        // citation under construction
        String source;
        String edition;
        List<Provision> provisions;

        Run(String text) {
            this.text = text;
        }

        ParseResult parse() {
            while (true) {
                skipSeparators();
                if (pos >= text.length()) break;
                char c = text.charAt(pos);
                if (c == '《') {
                    finish();
                    readTitle();
                } else if (c == '第' && readProvision()) {
                    // consumed
                } else {
                    readLeftover();
                }
            }
            finish();
            return new ParseResult(citations, problems);
        }

        void skipSeparators() {
            while (pos < text.length() && isSeparator(text.charAt(pos))) pos++;
        }

        void finish() {
            if (source != null) citations.add(Citation.of(source, edition, provisions));
            source = null;
        }

        void readTitle() {
            int start = pos;
            int depth = 0;
            int i = pos;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '《') depth++;
                else if (c == '》' && --depth == 0) break;
            }
            if (i >= text.length()) {
                problem("未闭合的书名号 (unterminated title)", start, text.length());
                pos = text.length();
                return;
            }
            String title = collapse(text.substring(start + 1, i));
            pos = i + 1;
            if (title.isEmpty()) {
                problem("空书名号 (empty title)", start, pos);
                return;
            }
            source = title;
            edition = "";
            provisions = new ArrayList<>();
            // optional edition note, possibly after whitespace
            int j = pos;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
            if (j < text.length() && isOpen(text.charAt(j))) {
                int k = j, d = 0;
                for (; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (isOpen(c)) d++;
                    else if (isClose(c) && --d == 0) break;
                }
                if (k >= text.length()) {
                    problem("未闭合的括号 (unterminated edition note)", j, text.length());
                    pos = text.length();
                    return;
                }
                edition = collapse(text.substring(j + 1, k));
                pos = k + 1;
                if (edition.isEmpty()) problem("空的版本说明 (empty edition note)", j, pos);
            }
        }

        /** Tries to read one provision at pos (which holds 第); false if none matches. */
        boolean readProvision() {
            Matcher m = ARTICLE.matcher(text).region(pos, text.length());
            int article, paragraph, item;
            try {
                if (m.lookingAt()) {
                    article = num(m.group(1));
                    paragraph = num(m.group(2));
                    item = num(m.group(3) != null ? m.group(3) : m.group(4));
                } else if ((m = PARAGRAPH_ONLY.matcher(text).region(pos, text.length())).lookingAt()) {
                    Provision prev = previous();
                    if (prev == null) return orphan(m);
                    article = prev.article();
                    paragraph = num(m.group(1));
                    item = num(m.group(2) != null ? m.group(2) : m.group(3));
                } else if ((m = ITEM_ONLY.matcher(text).region(pos, text.length())).lookingAt()) {
                    Provision prev = previous();
                    if (prev == null) return orphan(m);
                    article = prev.article();
                    paragraph = prev.paragraph();
                    item = num(m.group(1) != null ? m.group(1) : m.group(2));
                } else {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                problem("无法识别的条款编号 (bad number: " + e.getMessage() + ")", m.start(), m.end());
                pos = m.end();
                return true;
            }
            if (source == null) {
                problem("条款前没有书名 (provision without a source)", m.start(), m.end());
            } else {
                provisions.add(new Provision(article, paragraph, item));
            }
            pos = m.end();
            return true;
        }

        Provision previous() {
            return source == null || provisions.isEmpty() ? null : provisions.get(provisions.size() - 1);
        }

        boolean orphan(Matcher m) {
            problem("款/项前没有条 (paragraph or item without an article)", m.start(), m.end());
            pos = m.end();
            return true;
        }

        /** Consumes unparsable text up to the next 《, provision or end, and reports it. */
        void readLeftover() {
            int start = pos;
            int i = pos + 1;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '《') break;
                if (c == '第' && (ARTICLE.matcher(text).region(i, text.length()).lookingAt()
                        || PARAGRAPH_ONLY.matcher(text).region(i, text.length()).lookingAt()
                        || ITEM_ONLY.matcher(text).region(i, text.length()).lookingAt())) break;
            }
            int end = i;
            while (end > start && isSeparator(text.charAt(end - 1))) end--;
            problem("无法解析的文本 (unparsed text)", start, end);
            pos = i;
        }

        void problem(String what, int start, int end) {
            problems.add(what + " at " + start + ": “" + text.substring(start, end) + "”");
        }

        static int num(String s) {
            if (s == null) return 0;
            if (s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                int n = Integer.parseInt(s);
                if (n < 1 || n > ChineseNumerals.MAX) throw new IllegalArgumentException("out of range: " + s);
                return n;
            }
            return ChineseNumerals.toInt(s);
        }
    }
}
