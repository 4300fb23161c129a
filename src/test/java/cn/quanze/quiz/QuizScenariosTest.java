package cn.quanze.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import cn.quanze.citation.ChineseAmount;
import cn.quanze.Quanze;
import cn.quanze.decision.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


class QuizScenariosTest {

    static Quanze quanze;
    static QuizGenerator generator;

    @BeforeAll
    static void start() {
        quanze = Quanze.start(Path.of(System.getProperty("quanze.home", ".")).toAbsolutePath().normalize());
        generator = new QuizGenerator(quanze);
    }

    @AfterAll
    static void stop() {
        quanze.close();
    }

    @Test
    @DisplayName("1,000 seeded questions: every SCENARIO/ISSUER key agrees with a fresh decision of its structured request")
    void thousandSeededQuestionsAgreeWithTheEngine() {
        int checked = 0;
        int engineKeyed = 0;
        Map<QuestionKind, Integer> perKind = new EnumMap<>(QuestionKind.class);
        Set<String> verdicts = new HashSet<>();
        Difficulty[] ds = Difficulty.values();
        for (int seed = 1; seed <= 10; seed++) {
            QuizSpec spec = new QuizSpec(100, seed, null, ds[seed % 3], null);
            List<Question> qs = generator.generate(spec);
            assertThat(qs.size()).isEqualTo(100);
            for (Question q : qs) {
                checked++;
                perKind.merge(q.kind(), 1, Integer::sum);
                assertThat(q.options().stream().filter(Option::correct).count()).as(q.ref()).isEqualTo(1);
                assertThat(q.correctOption().key()).isEqualTo(q.answer());
                assertThat(q.options().stream().map(Option::text).distinct().count()).as("duplicate option in " + q.ref()).isEqualTo(q.options().size());
                assertThat(q.explanation().isBlank()).isFalse();
                if (q.kind() == QuestionKind.SCENARIO || q.kind() == QuestionKind.ISSUER) {
                    assertThat(q.probe()).as(q.ref()).isNotNull();
                    Decision d = quanze.authority().decide(q.probe().request("recheck"));
                    verdicts.add(d.verdict().name());
                    Set<String> universe = Question.universe(q.options());
                    for (Option o : q.options()) {
                        assertThat(agrees(o, d, universe)).as(q.ref() + " option " + o.key() + " “" + o.text() + "” vs engine " + d.verdict() + " " + d.reasons()).isEqualTo(o.correct());
                    }
                    assertThat(q.verdict()).isEqualTo(d.verdict().name());
                    assertThat(q.basis().isEmpty()).as("explanation cites no basis: " + q.ref()).isFalse();
                    for (String b : q.basis()) assertThat(q.explanation().contains(b)).as(q.ref()).isTrue();
                    engineKeyed++;
                }
                if (q.kind() == QuestionKind.BASIS) {
                    var item = quanze.data().catalogue().item(q.itemId()).orElseThrow();
                    Set<String> own = new HashSet<>();
                    item.basis().forEach(c -> own.add(c.citation()));
                    for (Option o : q.options()) assertThat(own.contains(o.text())).as(q.ref() + " " + o.text()).isEqualTo(o.correct());
                }
                if (q.kind() == QuestionKind.TYPE) {
                    var item = quanze.data().catalogue().item(q.itemId()).orElseThrow();
                    assertThat(q.correctOption().text()).isEqualTo(item.type().label());
                }
            }
        }
        assertThat(checked).isEqualTo(1000);
        assertThat(engineKeyed >= 400).as("engine-keyed questions: " + engineKeyed).isTrue();
        assertThat(perKind.size()).isEqualTo(4);
        assertThat(verdicts.containsAll(List.of("PERMITTED", "CONDITIONAL", "NOT_PERMITTED", "UNDETERMINED"))).as(verdicts.toString()).isTrue();
    }

    /** Independent restatement of the keying rule: verdict equal; codes exactly the decision's codes among the question's. */
    private static boolean agrees(Option o, Decision d, Set<String> universe) {
        if (o.verdict() != null && !o.verdict().equals(d.verdict().name())) return false;
        if (o.codes() == null) return true;
        Set<String> have = new HashSet<>();
        d.reasons().forEach(r -> {
            if (universe.contains(r.code())) have.add(r.code());
        });
        return have.equals(new HashSet<>(o.codes()));
    }

    @Test
    @DisplayName("Every trap the issue names appears, and its key is the engine's")
    void trapsAreCovered() {
        List<String> refs = generator.refs(QuestionKind.SCENARIO);
        for (String prefix : List.of("stage/45/APPROVE", "act/", "place/", "simple/150/INDIVIDUAL/FINE/500", "simple/149/ORGANIZATION/FINE/3000",
                "cond/6/", "cond/9/", "cond/10/", "cond/12/", "cond/68/", "detention/", "body/")) {
            assertThat(refs.stream().anyMatch(r -> r.startsWith(prefix))).as(prefix).isTrue();
        }
        // the issue's own example: a 500-yuan on-the-spot fine on an individual is beyond the township
        List<Question> all = generator.generate(new QuizSpec(QuizSpec.MAX_COUNT, 3, List.of(QuestionKind.SCENARIO), Difficulty.NORMAL, null));
        Question q = all.stream().filter(x -> x.ref().equals("simple/150/INDIVIDUAL/FINE/500")).findFirst().orElseThrow();
        assertThat(q.text().contains("五百元")).as(q.text()).isTrue();
        assertThat(q.correctOption().text()).isEqualTo("不可以");
        Question stage = all.stream().filter(x -> x.ref().equals("stage/45/APPROVE")).findFirst().orElseThrow();
        assertThat(stage.correctOption().text()).isEqualTo("不可以");
        assertThat(stage.explanation().contains("民政")).as(stage.explanation()).isTrue();
        // 消防法第六十三条 provides at most 500 yuan; the Shanxi rule item 149 also cites is unchecked: never keyed 可以
        Question unit149 = all.stream().filter(x -> x.ref().equals("simple/149/ORGANIZATION/FINE/3000")).findFirst().orElseThrow();
        assertThat(unit149.correctOption().text()).isEqualTo("有条件可以");
    }

    @Test
    @DisplayName("No key says 可以 to a penalty outside the item's own article (legal review F5.2)")
    void noKeyPermitsAPenaltyOutsideTheArticle() {
        List<Question> all = generator.generate(new QuizSpec(QuizSpec.MAX_COUNT, 3, List.of(QuestionKind.SCENARIO), Difficulty.NORMAL, null));
        for (Question q : all) {
            if (!q.ref().startsWith("simple/15") || !q.ref().contains("/ORGANIZATION/")) continue;
            // items 150–152: 消防法第六十条第一款 gives units no warning and at least 5,000 yuan
            assertThat(q.correctOption().text()).as(q.ref() + " " + q.text()).isNotEqualTo("可以");
        }
        assertThat(all.stream().anyMatch(q -> q.ref().startsWith("simple/151/ORGANIZATION/"))).as("unit cases of item 151 are asked").isTrue();
    }

    @Test
    @DisplayName("Hard scenarios key the option that names the engine's deciding reason code")
    void hardScenariosAreKeyedToReasonCodes() {
        List<Question> qs = generator.generate(new QuizSpec(300, 11, List.of(QuestionKind.SCENARIO), Difficulty.HARD, null));
        int coded = 0;
        for (Question q : qs) {
            if (q.correctOption().codes() == null) continue;
            coded++;
            Decision d = quanze.authority().decide(q.probe().request("hard"));
            String code = q.correctOption().codes().get(0);
            assertThat(d.has(cn.quanze.decision.ReasonCode.valueOf(code))).as(q.ref()).isTrue();
            for (Option o : q.options()) {
                if (!o.correct()) assertThat(d.has(cn.quanze.decision.ReasonCode.valueOf(o.codes().get(0)))).as(q.ref() + " distractor " + o.codes()).isFalse();
            }
        }
        assertThat(coded > 250).as("coded: " + coded).isTrue();
    }

    @Test
    @DisplayName("The same seed gives byte-identical output in every format; another seed does not")
    void sameSeedSameBytes() {
        QuizSpec spec = new QuizSpec(40, 42, null, Difficulty.HARD, null);
        Paper a = generator.paper(spec);
        Paper b = new QuizGenerator(quanze).paper(spec);
        for (QuizFormat f : QuizFormat.values()) {
            assertThat(f.render(b)).as(f.name()).isEqualTo(f.render(a));
        }
        assertThat(QuizFormat.JSON.render(generator.paper(new QuizSpec(40, 43, null, Difficulty.HARD, null)))).isNotEqualTo(QuizFormat.JSON.render(a));
    }

    @Test
    @DisplayName("GIFT export parses back to the same questions, options and keys as the JSON form")
    void giftRoundTrip() throws Exception {
        Paper p = generator.paper(new QuizSpec(120, 5, null, Difficulty.NORMAL, null));
        Paper fromJson = cn.quanze.json.Json.MAPPER.readValue(QuizFormat.JSON.render(p), Paper.class);
        List<GiftParser.Q> parsed = GiftParser.parse(QuizFormat.GIFT.render(p));
        assertThat(parsed.size()).isEqualTo(fromJson.questions().size());
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            Question q = fromJson.questions().get(i);
            GiftParser.Q g = parsed.get(i);
            assertThat(g.title()).isEqualTo(q.id() + " " + q.title());
            assertThat(g.text()).isEqualTo(q.text());
            assertThat(g.category()).isEqualTo(q.kind().category());
            categories.add(g.category());
            assertThat(g.answers().size()).isEqualTo(q.options().size());
            for (int j = 0; j < q.options().size(); j++) {
                Option o = q.options().get(j);
                assertThat(g.answers().get(j).text()).isEqualTo(o.text());
                assertThat(g.answers().get(j).right()).isEqualTo(o.correct());
                assertThat(g.answers().get(j).feedback()).isEqualTo(o.feedback());
            }
            assertThat(g.general()).isEqualTo(q.explanation());
        }
        assertThat(categories.size()).isEqualTo(4);
    }

    @Test
    @DisplayName("GIFT escapes ~ = # { } : and backslash so that hostile text survives a round trip")
    void giftEscaping() {
        String nasty = "a~b=c#d{e}f:g\\h：《法》第1条";
        Option right = new Option("A", nasty, true, "fb#=~", null, null);
        Option wrong = new Option("B", "{x}", false, "y:z", null, null);
        Question q = new Question("Q1", "r", QuestionKind.BASIS, "t:1", "问{题}=?", List.of(right, wrong), "A", "解析#1", List.of(), 1, null, null);
        Paper p = new Paper("T", QuizSpec.of(1, 1), "C", "s", List.of(q));
        List<GiftParser.Q> parsed = GiftParser.parse(Gift.write(p));
        assertThat(parsed.size()).isEqualTo(1);
        assertThat(parsed.get(0).text()).isEqualTo("问{题}=?");
        assertThat(parsed.get(0).answers().get(0).text()).isEqualTo(nasty);
        assertThat(parsed.get(0).answers().get(0).feedback()).isEqualTo("fb#=~");
        assertThat(parsed.get(0).answers().get(1).text()).isEqualTo("{x}");
        assertThat(parsed.get(0).general()).isEqualTo("解析#1");
    }

    @Test
    @DisplayName("Moodle XML export parses (DocumentBuilder) back to the same questions, options and keys as the JSON form")
    void moodleRoundTrip() throws Exception {
        Paper p = generator.paper(new QuizSpec(120, 6, null, Difficulty.HARD, null));
        Paper fromJson = cn.quanze.json.Json.MAPPER.readValue(QuizFormat.JSON.render(p), Paper.class);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder db = f.newDocumentBuilder();
        Document doc = db.parse(new ByteArrayInputStream(QuizFormat.MOODLE.render(p).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("quiz");
        NodeList all = doc.getDocumentElement().getElementsByTagName("question");
        String category = null;
        List<Question> expected = fromJson.questions();
        int i = 0;
        Set<String> categories = new HashSet<>();
        for (int n = 0; n < all.getLength(); n++) {
            Element e = (Element) all.item(n);
            if (e.getAttribute("type").equals("category")) {
                category = text(first(first(e, "category"), "text"));
                categories.add(category);
                continue;
            }
            assertThat(e.getAttribute("type")).isEqualTo("multichoice");
            Question q = expected.get(i++);
            assertThat(category).isEqualTo("$course$/" + q.kind().category());
            assertThat(text(first(first(e, "name"), "text"))).isEqualTo(q.id() + " " + q.title());
            assertThat(text(first(first(e, "questiontext"), "text"))).isEqualTo("<p>" + MoodleXml.esc(q.text()) + "</p>");
            assertThat(text(first(e, "single"))).isEqualTo("true");
            NodeList answers = e.getElementsByTagName("answer");
            assertThat(answers.getLength()).isEqualTo(q.options().size());
            for (int j = 0; j < answers.getLength(); j++) {
                Element a = (Element) answers.item(j);
                Option o = q.options().get(j);
                assertThat(a.getAttribute("fraction")).isEqualTo(o.correct() ? "100" : "0");
                assertThat(text(first(a, "text"))).isEqualTo(o.text());
                assertThat(text(first(first(a, "feedback"), "text"))).isEqualTo(o.feedback());
            }
        }
        assertThat(i).isEqualTo(expected.size());
        assertThat(categories.size()).isEqualTo(4);
    }

    private static Element first(Element parent, String tag) {
        NodeList l = parent.getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element el && el.getTagName().equals(tag)) return el;
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element e) {
        return e.getTextContent();
    }

    @Test
    @DisplayName("Playing from piped answers: feedback with the basis, a score, and a clean end at end of input")
    void playFromStringInput() throws Exception {
        Paper p = generator.paper(new QuizSpec(4, 9, null, Difficulty.NORMAL, null));
        List<Question> qs = p.questions();
        // Q1 right (lower case), Q2 an invalid line then wrong, Q3 right by number, then input ends before Q4
        String wrong2 = qs.get(1).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().key();
        int n3 = qs.get(2).options().indexOf(qs.get(2).correctOption()) + 1;
        String input = qs.get(0).answer().toLowerCase() + "\nZ\n" + wrong2 + "\n" + n3 + "\n";
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        QuizPlayer.Score s = new QuizPlayer(new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)), out).play(p);
        String text = buf.toString(StandardCharsets.UTF_8);
        assertThat(s).isEqualTo(new QuizPlayer.Score(2, 3, 4));
        assertThat(text.contains("✔ 正确")).as(text).isTrue();
        assertThat(text.contains("✘ 错误，正确答案是 " + qs.get(1).answer())).as(text).isTrue();
        assertThat(text.contains("（输入结束）")).as(text).isTrue();
        assertThat(text.contains("得分：2/4（已答 3 题）")).as(text).isTrue();
        assertThat(text.contains("解析：" + qs.get(0).explanation())).as(text).isTrue();
    }

    @Test
    @DisplayName("The web service hides keys in the paper and scores a posted answer sheet")
    void serviceScoresAnswers() {
        QuizService svc = new QuizService(generator);
        QuizSpec spec = new QuizSpec(6, 77, List.of(QuestionKind.SCENARIO, QuestionKind.ISSUER), Difficulty.NORMAL, null);
        QuizService.PublicPaper pub = svc.paper(spec);
        assertThat(pub.questions().size()).isEqualTo(6);
        String json = QuizFormat.json(pub);
        assertThat(json.contains("\"correct\"")).as(json).isFalse();
        assertThat(json.contains("explanation")).as(json).isFalse();
        Paper full = svc.fullPaper(spec);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Q1", full.questions().get(0).answer().toLowerCase());
        String wrong = full.questions().get(1).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().key();
        answers.put("Q2", wrong);
        QuizService.Result r = svc.check(new QuizService.AnswerSheet(6, 77L, List.of("SCENARIO,ISSUER"), "normal", null, answers));
        assertThat(r.score()).isEqualTo(1);
        assertThat(r.answered()).isEqualTo(2);
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.questions().get(0).correct()).isTrue();
        assertThat(r.questions().get(1).correct()).isFalse();
        assertThat(r.questions().get(1).explanation().isBlank()).isFalse();
    }

    @Test
    @DisplayName("Topics filter by 职权类型 or by law; easy papers have fewer options")
    void topicsAndDifficulty() {
        List<Question> pen = generator.generate(new QuizSpec(30, 1, List.of(QuestionKind.TYPE, QuestionKind.BASIS), Difficulty.NORMAL, "行政处罚"));
        assertThat(pen.isEmpty()).isFalse();
        for (Question q : pen) {
            var item = quanze.data().catalogue().item(q.itemId()).orElseThrow();
            assertThat(item.type().label().equals("行政处罚") || item.basis().stream().anyMatch(c -> c.source().contains("行政处罚"))).as(q.ref()).isTrue();
        }
        List<Question> fire = generator.generate(new QuizSpec(20, 1, List.of(QuestionKind.BASIS), Difficulty.NORMAL, "消防"));
        assertThat(fire.isEmpty()).isFalse();
        for (Question q : fire) {
            var item = quanze.data().catalogue().item(q.itemId()).orElseThrow();
            assertThat(item.basis().stream().anyMatch(c -> c.source().contains("消防"))).as(q.ref()).isTrue();
        }
        for (Question q : generator.generate(new QuizSpec(50, 2, null, Difficulty.EASY, null))) {
            assertThat(q.options().size() <= 3).as(q.ref() + " " + q.options().size()).isTrue();
        }
        Map<QuestionKind, Integer> stats = generator.stats(null);
        for (QuestionKind k : QuestionKind.values()) assertThat(stats.get(k) > 0).as(k.name()).isTrue();
        assertThat(ChineseAmount.yuan(500)).isEqualTo("五百元");
        assertThat(ChineseAmount.yuan(3000)).isEqualTo("三千元");
        assertThat(ChineseAmount.yuan(200)).isEqualTo("二百元");
        assertThat(ChineseAmount.yuan(50)).isEqualTo("五十元");
        assertThat(ChineseAmount.yuan(1005)).isEqualTo("一千零五元");
    }

    /** A small GIFT parser, written from the format's description, for the round trip. */
    static final class GiftParser {
        record A(boolean right, String text, String feedback) {}

        record Q(String category, String title, String text, List<A> answers, String general) {}

        static List<Q> parse(String gift) {
            List<Q> out = new ArrayList<>();
            String category = null;
            StringBuilder block = new StringBuilder();
            for (String line : gift.split("\n", -1)) {
                if (block.length() == 0) {
                    if (line.startsWith("//") || line.isBlank()) continue;
                    if (line.startsWith("$CATEGORY:")) {
                        category = line.substring("$CATEGORY:".length()).trim();
                        continue;
                    }
                }
                block.append(line).append('\n');
                if (line.equals("}")) {
                    out.add(question(category, block.toString()));
                    block.setLength(0);
                }
            }
            if (block.length() > 0) throw new AssertionError("unterminated question: " + block);
            return out;
        }

        private static Q question(String category, String s) {
            if (!s.startsWith("::")) throw new AssertionError("no title: " + s);
            int t = unescapedIndex(s, "::", 2);
            String title = unescape(s.substring(2, t));
            int open = unescapedIndex(s, "{", t + 2);
            int close = unescapedIndex(s, "}", open + 1);
            String text = s.substring(t + 2, open).trim();
            if (text.startsWith("[plain]")) text = text.substring(7);
            String body = s.substring(open + 1, close);
            List<A> answers = new ArrayList<>();
            String general = null;
            // split the body at unescaped = and ~ (answer starts) and #### (general feedback)
            int i = 0;
            List<int[]> starts = new ArrayList<>();
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '=' || c == '~') starts.add(new int[]{i, c});
                if (c == '#' && body.startsWith("####", i)) {
                    starts.add(new int[]{i, 'G'});
                    break;
                }
                i++;
            }
            for (int k = 0; k < starts.size(); k++) {
                int from = starts.get(k)[0];
                int kind = starts.get(k)[1];
                int to = k + 1 < starts.size() ? starts.get(k + 1)[0] : body.length();
                if (kind == 'G') {
                    general = unescape(body.substring(from + 4).trim());
                    continue;
                }
                String part = body.substring(from + 1, to).trim();
                int hash = unescapedIndex(part, "#", 0);
                String at = hash < 0 ? part : part.substring(0, hash);
                String fb = hash < 0 ? null : part.substring(hash + 1);
                answers.add(new A(kind == '=', unescape(at.trim()), fb == null ? null : unescape(fb.trim())));
            }
            return new Q(category, title, unescape(text), answers, general);
        }

        private static int unescapedIndex(String s, String needle, int from) {
            for (int i = from; i < s.length(); i++) {
                if (s.charAt(i) == '\\') {
                    i++;
                    continue;
                }
                if (s.startsWith(needle, i)) return i;
            }
            return -1;
        }

        static String unescape(String s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    out.append(n == 'n' ? '\n' : n);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
