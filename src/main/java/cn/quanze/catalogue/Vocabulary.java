package cn.quanze.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * catalog/vocabulary.tsv: the Chinese name of every act, penalty kind, party, verdict and power type,
 * the quiz's phrase for each act, the words of item names that grant an act (in the order derivation
 * tries them) and the patterns that recognise an act, a penalty kind or a party in a question.
 * The enums carry codes only; their {@code label()} reads the vocabulary in use (see {@link #inUse()}).
 */
public final class Vocabulary {

    /**
     * The kinds of row and their codes. The verdicts are the contract's codes of {@code decision.Verdict},
     * written out because the data may not depend on the decision package; VocabularySyncTest keeps the two equal.
     */
    public enum Kind {
        ACT(names(Act.values())), PENALTY_KIND(names(PenaltyKind.values())), PARTY(names(PartyType.values())),
        VERDICT(List.of("PERMITTED", "CONDITIONAL", "NOT_PERMITTED", "UNDETERMINED")), POWER_TYPE(names(PowerType.values())),
        CONFISCATED(names(Confiscated.values())), RESTRICTION(names(Restriction.values())), MANNER(names(EnforcementManner.values())),
        PROCEEDS(names(ProceedsUse.values())), VENUE(names(Venue.values()));

        private final List<String> codes;

        Kind(List<String> codes) {
            this.codes = codes;
        }

        public List<String> codes() {
            return codes;
        }

        static Kind of(Enum<?> code) {
            if (code instanceof Act) return ACT;
            if (code instanceof PenaltyKind) return PENALTY_KIND;
            if (code instanceof PartyType) return PARTY;
            if (code instanceof PowerType) return POWER_TYPE;
            if (code instanceof Confiscated) return CONFISCATED;
            if (code instanceof Restriction) return RESTRICTION;
            if (code instanceof EnforcementManner) return MANNER;
            if (code instanceof ProceedsUse) return PROCEEDS;
            if (code instanceof Venue) return VENUE;
            throw new IllegalArgumentException("用语表不收录 " + code.getDeclaringClass().getSimpleName());
        }

        private static List<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).toList();
        }
    }

    public static final String[] HEADER = {"类别", "代码", "名称", "测验用语", "事项名称用词", "提问用词（正则）"};
    private static final Pattern ITEM_WORD = Pattern.compile("(.+)\\((\\d+)\\)");

    /** One row of the table. {@code question} is null where the column is empty. */
    public record Entry(Kind kind, String code, String label, String quizPhrase, Pattern question, int line) {}

    private final Map<String, Entry> entries;
    private final List<Map.Entry<String, Set<Act>>> itemWords;

    private Vocabulary(Map<String, Entry> entries, List<Map.Entry<String, Set<Act>>> itemWords) {
        this.entries = entries;
        this.itemWords = itemWords;
    }

    private static String key(Kind kind, String code) {
        return kind + " " + code;
    }

    private Entry entry(Kind kind, String code) {
        Entry e = entries.get(key(kind, code));
        if (e == null) throw new IllegalStateException("用语表缺少 " + key(kind, code));
        return e;
    }

    /** The Chinese name of an act, penalty kind, party or power type. */
    public String label(Enum<?> code) {
        return label(Kind.of(code), code.name());
    }

    public String label(Kind kind, String code) {
        return entry(kind, code).label();
    }

    public String quizPhrase(Act act) {
        return entry(Kind.ACT, act.name()).quizPhrase();
    }

    /** The pattern that recognises this act, penalty kind or party in a question. */
    public Pattern question(Enum<?> code) {
        Pattern p = entry(Kind.of(code), code.name()).question();
        if (p == null) throw new IllegalStateException("用语表没有 " + code.name() + " 的提问用词");
        return p;
    }

    /** The words of item names that grant acts, in the order they are tried. */
    public List<Map.Entry<String, Set<Act>>> itemWords() {
        return itemWords;
    }

    public Optional<PowerType> powerType(String label) {
        return Arrays.stream(PowerType.values()).filter(t -> label(t).equals(label)).findFirst();
    }

    /** Code → label for each kind, for the page and {@code catalogue --json}. */
    public Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String c : k.codes()) m.put(c, label(k, c));
            out.put(k.name(), m);
        }
        return out;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Reads the table, recording every problem (file and line) in {@code problems}. */
    static Vocabulary read(TsvFile f, List<LintProblem> problems) {
        for (String key : List.of("name", "version", "date")) {
            String v = f.metadata().get(key);
            if (v == null || v.isBlank()) problems.add(new LintProblem(f.fileName(), 0, 0, "缺少元数据 #@ " + key));
        }
        if (!f.header().equals(Arrays.asList(HEADER))) {
            problems.add(new LintProblem(f.fileName(), f.headerLine(), 0,
                    "表头应为 " + String.join(" | ", HEADER) + "，实为 " + String.join(" | ", f.header())));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        TreeMap<Integer, String> wordAt = new TreeMap<>();
        Map<String, Set<Act>> actsOf = new LinkedHashMap<>();
        for (TsvFile.Row row : f.rows()) {
            int before = problems.size();
            if (row.cells().size() != HEADER.length) {
                problem(problems, f, row, "应有 " + HEADER.length + " 列（以制表符分隔），实有 " + row.cells().size() + " 列");
                continue;
            }
            Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(row.get(0))).findFirst().orElse(null);
            if (kind == null) {
                problem(problems, f, row, "未知类别“" + row.get(0) + "”（可用：ACT、PENALTY_KIND、PARTY、VERDICT、POWER_TYPE）");
                continue;
            }
            String code = row.get(1);
            if (!kind.codes().contains(code)) {
                problem(problems, f, row, "类别 " + kind + " 中没有代码“" + row.get(1) + "”");
                continue;
            }
            if (!seen.add(key(kind, code))) problem(problems, f, row, key(kind, code) + " 重复");
            String label = row.get(2), quiz = row.get(3), words = row.get(4), regex = row.get(5);
            if (label.isEmpty()) problem(problems, f, row, key(kind, code) + " 的名称为空");
            if (kind == Kind.ACT && quiz.isEmpty()) problem(problems, f, row, "行为 " + code + " 缺少测验用语");
            if (kind != Kind.ACT && !(quiz.isEmpty() && words.isEmpty())) problem(problems, f, row, "只有行为（ACT）才有测验用语和事项名称用词");
            Pattern question = null;
            if (!regex.isEmpty()) {
                try {
                    question = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    problem(problems, f, row, "提问用词不是有效的正则表达式：" + e.getDescription() + "（位置 " + e.getIndex() + "）");
                }
            } else if (kind == Kind.ACT || kind == Kind.PENALTY_KIND || kind == Kind.PARTY) {
                problem(problems, f, row, key(kind, code) + " 缺少提问用词");
            }
            if (kind == Kind.ACT && !words.isEmpty()) {
                for (String w : words.split("、")) {
                    Matcher m = ITEM_WORD.matcher(w.strip());
                    if (!m.matches()) {
                        problem(problems, f, row, "事项名称用词“" + w + "”应写作 词(序号)，如 审核(4)");
                        continue;
                    }
                    String word = m.group(1).strip();
                    int order = Integer.parseInt(m.group(2));
                    String other = wordAt.putIfAbsent(order, word);
                    if (other != null && !other.equals(word)) {
                        problem(problems, f, row, "序号 " + order + " 已给了“" + other + "”，不能再给“" + word + "”");
                    } else if (other == null && actsOf.containsKey(word)) {
                        problem(problems, f, row, "“" + word + "”在别处的序号不同，同一个词只能有一个序号");
                    }
                    actsOf.computeIfAbsent(word, k -> EnumSet.noneOf(Act.class)).add(Act.valueOf(code));
                }
            }
            if (problems.size() == before) entries.put(key(kind, code), new Entry(kind, code, label, quiz, question, row.line()));
        }
        for (Kind k : Kind.values()) {
            for (String c : k.codes()) {
                if (!seen.contains(key(k, c))) {
                    problems.add(new LintProblem(f.fileName(), 0, 0, "缺少 " + key(k, c) + " 一行"));
                }
            }
        }
        List<Map.Entry<String, Set<Act>>> itemWords = new ArrayList<>();
        for (String w : wordAt.values()) itemWords.add(Map.entry(w, Collections.unmodifiableSet(EnumSet.copyOf(actsOf.get(w)))));
        return new Vocabulary(Collections.unmodifiableMap(entries), List.copyOf(itemWords));
    }

    private static void problem(List<LintProblem> problems, TsvFile f, TsvFile.Row row, String message) {
        problems.add(new LintProblem(f.fileName(), row.line(), 0, message));
    }

    private static volatile Vocabulary inUse;

    /**
     * The vocabulary of the data set last loaded; before any load, the copy bundled with the program.
     * Only the enums' {@code label()} reads it, so that rules can keep writing {@code $act.label()};
     * every other reader is handed the {@link Dataset}'s vocabulary.
     */
    public static Vocabulary inUse() {
        Vocabulary v = inUse;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (inUse == null) inUse = bundled();
                v = inUse;
            }
        }
        return v;
    }

    static void use(Vocabulary v) {
        inUse = v;
    }

    private static Vocabulary bundled() {
        String path = "/quanze-home/catalog/" + CatalogueLoader.VOCABULARY;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("程序包中缺少 " + path);
            List<LintProblem> problems = new ArrayList<>();
            Vocabulary v = read(TsvFile.parse(CatalogueLoader.VOCABULARY, in.readAllBytes()), problems);
            if (!problems.isEmpty()) throw new CatalogueException(problems);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
