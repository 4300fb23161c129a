package cn.quanze.vetting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The text detectors, loaded from {@code catalog/vetting-patterns.tsv} and validated at load time.
 *
 * <p>File format (UTF-8, Tab-separated): lines starting with {@code #@ key: value} are metadata
 * ({@code name}, {@code version}, {@code source}); other lines starting with {@code #} and blank lines are
 * ignored; lines starting with {@code @词} define a named vocabulary ({@code @词	名称	正则	说明}) that a
 * regex cites as {@code {名称}}; the first other line is the header
 * {@code 代码	严重程度	正则表达式	依据	提示	正例	反例}; every following line is a detector ({@link PatternRule},
 * severity ERROR / WARNING / INFO) or, with severity {@value #EXEMPT}, an {@link Exemption}: lawful wording inside
 * which a detector's match does not count (code {@code *}: for every code).
 *
 * <p>Validation (any failure throws {@link PatternCatalogueException} naming file, line and problem):
 * seven columns, none empty; code in {@link FindingCodes#TEXT_CODES}; severity a {@link Severity} or
 * {@value #EXEMPT}; every {@code {名称}} defined; regex compiles; the positive example matches; the negative
 * example does not; no duplicate row (same code and regex).
 */
public final class PatternCatalogue {
    /** Default location relative to the project home. */
    public static final String DEFAULT_PATH = "catalog/vetting-patterns.tsv";
    static final List<String> HEADER = List.of("代码", "严重程度", "正则表达式", "依据", "提示", "正例", "反例");
    /** Severity column of a row that states lawful wording rather than a finding. */
    public static final String EXEMPT = "豁免";
    static final String VOCABULARY = "@词";
    private static final Pattern REFERENCE = Pattern.compile("\\{([^{}0-9,][^{}]*)\\}");

    /**
     * Lawful wording: a detector of {@code code} (or of any code when {@code code} is {@code *}) whose match
     * starts inside a match of {@code pattern} is not a finding.
     */
    public record Exemption(String code, Pattern pattern, String basis, String note, String positiveExample,
                            String negativeExample, int line) {
        public boolean covers(String findingCode) {
            return code.equals("*") || code.equals(findingCode);
        }
    }

    private final String sourceName;
    private final Map<String, String> metadata;
    private final List<PatternRule> rules;
    private final List<Exemption> exemptions;
    private final Map<String, String> vocabulary;
    private final String sha256;

    private PatternCatalogue(String sourceName, Map<String, String> metadata, List<PatternRule> rules,
                             List<Exemption> exemptions, Map<String, String> vocabulary, String sha256) {
        this.sourceName = sourceName;
        this.metadata = Map.copyOf(metadata);
        this.rules = List.copyOf(rules);
        this.exemptions = List.copyOf(exemptions);
        this.vocabulary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vocabulary));
        this.sha256 = sha256;
    }

    /** Loads and validates the file at {@code path}. */
    public static PatternCatalogue load(Path path) {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PatternCatalogueException(path.toString(), 0, "无法读取文件：" + e.getMessage(), e);
        }
        return parse(content, path.toString());
    }

    /** Loads and validates from a reader; {@code sourceName} is used in error messages. */
    public static PatternCatalogue load(Reader reader, String sourceName) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new PatternCatalogueException(sourceName, 0, "无法读取：" + e.getMessage(), e);
        }
        return parse(sb.toString(), sourceName);
    }

    private static PatternCatalogue parse(String content, String file) {
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        List<PatternRule> rules = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        Map<String, String> vocabulary = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(content))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.startsWith("#@")) {
                    String kv = line.substring(2).trim();
                    int colon = kv.indexOf(':');
                    if (colon <= 0) {
                        throw new PatternCatalogueException(file, lineNo, "元数据行应为“#@ 键: 值”");
                    }
                    meta.put(kv.substring(0, colon).trim(), kv.substring(colon + 1).trim());
                    continue;
                }
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols[0].strip().equals(VOCABULARY)) {
                    parseVocabulary(cols, file, lineNo, vocabulary);
                    continue;
                }
                if (!headerSeen) {
                    List<String> header = List.of(cols).stream().map(String::trim).toList();
                    if (!header.equals(HEADER)) {
                        throw new PatternCatalogueException(file, lineNo,
                                "表头应为“" + String.join("\t", HEADER) + "”，实为“" + line + "”");
                    }
                    headerSeen = true;
                    continue;
                }
                Object row = parseRow(cols, file, lineNo, seen, vocabulary);
                if (row instanceof PatternRule rule) rules.add(rule);
                else exemptions.add((Exemption) row);
            }
        } catch (IOException e) {
            throw new PatternCatalogueException(file, lineNo, "读取失败：" + e.getMessage(), e);
        }
        if (!headerSeen) {
            throw new PatternCatalogueException(file, 0, "缺少表头行");
        }
        if (rules.isEmpty()) {
            throw new PatternCatalogueException(file, 0, "没有任何检测规则");
        }
        return new PatternCatalogue(file, meta, rules, exemptions, vocabulary, sha256(content));
    }

    private static void parseVocabulary(String[] cols, String file, int lineNo, Map<String, String> vocabulary) {
        if (cols.length < 3 || cols[1].isBlank() || cols[2].isBlank()) {
            throw new PatternCatalogueException(file, lineNo, "词表行应为“@词<Tab>名称<Tab>正则<Tab>说明”");
        }
        String name = cols[1].strip();
        if (!REFERENCE.matcher("{" + name + "}").matches()) {
            throw new PatternCatalogueException(file, lineNo, "词表名称“" + name + "”不可用（不得以数字开头，不得含花括号）");
        }
        String regex = expand(cols[2].strip(), vocabulary, file, lineNo);
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new PatternCatalogueException(file, lineNo, "词表“" + name + "”的正则无法编译：" + e.getDescription(), e);
        }
        if (vocabulary.putIfAbsent(name, regex) != null) {
            throw new PatternCatalogueException(file, lineNo, "词表“" + name + "”重复定义");
        }
    }

    /** Replaces every {@code {名称}} by {@code (?:…)}; quantifiers such as {@code {0,30}} are left alone. */
    static String expand(String regex, Map<String, String> vocabulary, String file, int lineNo) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = vocabulary.get(m.group(1));
            if (body == null) {
                throw new PatternCatalogueException(file, lineNo, "引用了未定义的词表“{" + m.group(1) + "}”（词表须在使用前以“@词”行定义）");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Object parseRow(String[] cols, String file, int lineNo, Set<String> seen, Map<String, String> vocabulary) {
        if (cols.length != HEADER.size()) {
            throw new PatternCatalogueException(file, lineNo,
                    "应有" + HEADER.size() + "列（Tab 分隔），实有" + cols.length + "列");
        }
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
            if (cols[i].isEmpty()) {
                throw new PatternCatalogueException(file, lineNo, "“" + HEADER.get(i) + "”列为空");
            }
        }
        String code = cols[0];
        boolean exempt = cols[1].equals(EXEMPT);
        if (!FindingCodes.TEXT_CODES.contains(code) && !(exempt && code.equals("*"))) {
            throw new PatternCatalogueException(file, lineNo,
                    "未知的代码“" + code + "”（可用：" + String.join("、", FindingCodes.TEXT_CODES.stream().sorted().toList()) + "）");
        }
        Severity severity = null;
        if (!exempt) {
            try {
                severity = Severity.valueOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new PatternCatalogueException(file, lineNo, "未知的严重程度“" + cols[1] + "”（可用：ERROR、WARNING、INFO、" + EXEMPT + "）");
            }
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(expand(cols[2], vocabulary, file, lineNo));
        } catch (PatternSyntaxException e) {
            throw new PatternCatalogueException(file, lineNo,
                    "正则表达式无法编译：" + e.getDescription() + "（位置 " + e.getIndex() + "）：" + cols[2], e);
        }
        if (!pattern.matcher(cols[5]).find()) {
            throw new PatternCatalogueException(file, lineNo, "正例不匹配正则表达式：正例“" + cols[5] + "”，正则 " + cols[2]);
        }
        if (pattern.matcher(cols[6]).find()) {
            throw new PatternCatalogueException(file, lineNo, "反例竟匹配正则表达式：反例“" + cols[6] + "”，正则 " + cols[2]);
        }
        if (!seen.add(code + "\t" + cols[2])) {
            throw new PatternCatalogueException(file, lineNo, "重复的规则（代码与正则表达式均与前文某行相同）：" + code + " " + cols[2]);
        }
        if (exempt) {
            return new Exemption(code, pattern, cols[3], cols[4], cols[5], cols[6], lineNo);
        }
        return new PatternRule(code, severity, pattern, cols[3], cols[4], cols[5], cols[6], lineNo);
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex: the fingerprint of a data file. */
    static String sha256(String content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The detector rows, in file order. */
    public List<PatternRule> rules() {
        return rules;
    }

    /** The lawful-wording rows, in file order. */
    public List<Exemption> exemptions() {
        return exemptions;
    }

    /** The named vocabulary, each name to its expanded regex, in file order. */
    public Map<String, String> vocabulary() {
        return vocabulary;
    }

    /** {@code #@} metadata (name, version, source …). */
    public Map<String, String> metadata() {
        return metadata;
    }

    public String name() {
        return metadata.getOrDefault("name", "");
    }

    public String version() {
        return metadata.getOrDefault("version", "");
    }

    public String source() {
        return metadata.getOrDefault("source", "");
    }

    /** SHA-256 of the file's text (hex), for provenance in reports. */
    public String sha256() {
        return sha256;
    }

    /** The path or name the catalogue was loaded from. */
    public String sourceName() {
        return sourceName;
    }
}
