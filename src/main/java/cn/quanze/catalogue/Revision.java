package cn.quanze.catalogue;

import cn.quanze.citation.ChineseNumerals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * A law the catalogue cites that has been revised or replaced (catalog/later-revisions.tsv).
 *
 * @param source     the title exactly as the catalogue cites it
 * @param inForce    the day the new text took effect; answers on or after it carry a note
 * @param mapping    how the cited articles map to the new text, in Chinese
 * @param confirmed  whether the revision was read in a source (false: the note says it is unverified)
 * @param items      the catalogue items citing this source
 */
public record Revision(String source, String citedEdition, String newEdition, LocalDate inForce, String mapping,
                       boolean confirmed, Set<Integer> items, int line) {
    public Revision {
        items = Set.copyOf(items);
    }

    /** The words the mapping uses for a cited article the new text splits or drops. */
    public static final String NO_SINGLE_SUCCESSOR = "无单一对应条文";

    private static final Pattern ARTICLE = Pattern.compile("第([一二三四五六七八九十百零]+)条");
    /** 第四十八条、第五十二条无单一对应条文: a list of cited articles with no successor. */
    private static final Pattern WITHOUT_SUCCESSOR = Pattern.compile("^(?:第[一二三四五六七八九十百零]+条、?)+" + NO_SINGLE_SUCCESSOR + "$");
    private static final Pattern NOTE = Pattern.compile("（[^）]*）");

    /** One entry of the mapping: the cited articles and what replaces them ({@link #NO_SINGLE_SUCCESSOR} for none). */
    private record Entry(List<Integer> cited, String successor) {}

    /** Parsed mappings, one per distinct text: a record has no room for a derived field, and rules ask on every firing. */
    private static final Map<String, List<Entry>> PARSED = new ConcurrentHashMap<>();

    private List<Entry> entries() {
        return PARSED.computeIfAbsent(mapping, Revision::parse);
    }

    /**
     * The mapping's entries. Only entries written {@code 第X条→…} (the successor without the notes in brackets) or
     * {@code 第X条、第Y条无单一对应条文} count; prose in the mapping (the 种子法 row) maps nothing.
     */
    private static List<Entry> parse(String mapping) {
        List<Entry> out = new ArrayList<>();
        for (String part : mapping.split("；")) {
            int arrow = part.indexOf('→');
            if (arrow < 0 && !WITHOUT_SUCCESSOR.matcher(part).matches()) continue;
            out.add(new Entry(articles(arrow >= 0 ? part.substring(0, arrow) : part),
                    arrow >= 0 ? NOTE.matcher(part.substring(arrow + 1)).replaceAll("") : NO_SINGLE_SUCCESSOR));
        }
        return List.copyOf(out);
    }

    private static List<Integer> articles(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) out.add(ChineseNumerals.spoken(m.group(1)));
        return out;
    }

    /**
     * What the new text puts in place of the cited article ({@code 第五十二条→第七十六条} gives 第七十六条),
     * {@link #NO_SINGLE_SUCCESSOR} for an article listed as having none, or null when the mapping has no such entry.
     */
    public String successor(int article) {
        return entries().stream().filter(e -> e.cited().contains(article)).map(Entry::successor).findFirst().orElse(null);
    }

    /** Whether the article is one the new text puts in place of a cited one (第七十六条 for 第五十二条). */
    public boolean isSuccessorArticle(int article) {
        return entries().stream().anyMatch(e -> articles(e.successor()).contains(article));
    }
}
