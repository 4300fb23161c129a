package cn.quanze.vetting;

import cn.quanze.authority.DocumentLimits;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * Figures the checks depend on, read from {@code catalog/vetting-settings.properties}. Every key must be
 * written in the file; nothing is defaulted. Which figures rest on a provision actually read is documented in the file:
 *
 * <ul>
 *   <li>{@code maxValidityYears} = 5 — UNCONFIRMED (山西省人民政府令第274号 not read)</li>
 *   <li>{@code maxValidityYearsProvisional} = 2 — UNCONFIRMED (same), for 暂行/试行 titles</li>
 *   <li>{@code minPublicCommentDays} = 30 — CONFIRMED (优化营商环境条例第六十二条第二款,
 *       "向社会公开征求意见的期限一般不少于30日")</li>
 *   <li>{@code legalityReviewDaysMin} / {@code legalityReviewDaysMax} = 5 / 15 working days — UNCONFIRMED,
 *       informational only</li>
 *   <li>{@code citedLawSeverity} = WARNING — project policy: a text finding whose sentence cites a law or
 *       regulation is downgraded to this severity (ERROR = no downgrade)</li>
 * </ul>
 */
public record VettingSettings(DocumentLimits documentLimits, int legalityReviewDaysMin, int legalityReviewDaysMax,
                              Severity citedLawSeverity) {

    public static final String DEFAULT_PATH = "catalog/vetting-settings.properties";
    private static final Set<String> KEYS = Set.of("maxValidityYears", "maxValidityYearsProvisional",
            "minPublicCommentDays", "legalityReviewDaysMin", "legalityReviewDaysMax", "citedLawSeverity");

    public VettingSettings {
        java.util.Objects.requireNonNull(documentLimits, "documentLimits");
        if (legalityReviewDaysMin < 0 || legalityReviewDaysMax < legalityReviewDaysMin) {
            throw new IllegalArgumentException("vetting settings out of range");
        }
        java.util.Objects.requireNonNull(citedLawSeverity, "citedLawSeverity");
    }

    /** Loads the properties file (UTF-8). Missing or unknown keys and unparsable values are refused. */
    public static VettingSettings load(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(r, path.toString());
        } catch (IOException e) {
            throw new PatternCatalogueException(path.toString(), 0, "无法读取设置文件：" + e.getMessage(), e);
        }
    }

    public static VettingSettings load(Reader reader, String sourceName) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new PatternCatalogueException(sourceName, 0, "设置文件格式错误：" + e.getMessage(), e);
        }
        return from(p, sourceName);
    }

    /**
     * From already-loaded properties. Every key must be present: a figure the office has not written down
     * is refused rather than replaced by a default the office cannot see.
     */
    public static VettingSettings from(Properties p, String sourceName) {
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new PatternCatalogueException(sourceName, 0, "未知的设置项“" + key + "”");
            }
        }
        for (String key : KEYS.stream().sorted().toList()) {
            if (p.getProperty(key) == null || p.getProperty(key).isBlank()) {
                throw new PatternCatalogueException(sourceName, 0, "缺少设置项“" + key + "”（不使用默认值，请在设置文件中写明）");
            }
        }
        try {
            return new VettingSettings(new DocumentLimits(
                    intOf(p, "maxValidityYears", sourceName),
                    intOf(p, "maxValidityYearsProvisional", sourceName),
                    intOf(p, "minPublicCommentDays", sourceName)),
                    intOf(p, "legalityReviewDaysMin", sourceName),
                    intOf(p, "legalityReviewDaysMax", sourceName),
                    Severity.valueOf(p.getProperty("citedLawSeverity").trim()));
        } catch (IllegalArgumentException e) {
            throw new PatternCatalogueException(sourceName, 0, "设置值不合法：" + e.getMessage(), e);
        }
    }

    private static int intOf(Properties p, String key, String source) {
        String v = p.getProperty(key);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new PatternCatalogueException(source, 0, "设置项“" + key + "”不是整数：" + v);
        }
    }

    /** The validity limit that applies to the draft (provisional titles use the provisional limit). */
    public int validityLimitFor(Draft draft) {
        return documentLimits.validityLimit(draft.provisional());
    }
}
