package cn.quanze.catalogue;

import cn.quanze.citation.ChineseNumerals;

import java.time.LocalDate;
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

    /**
     * What the new text puts in place of the cited article ({@code 第五十二条→第七十六条} gives 第七十六条, without the
     * notes in brackets), {@link #NO_SINGLE_SUCCESSOR} for an article listed as having none, or null when the mapping
     * has no such entry. Only entries written {@code 第X条→…} or {@code 第X条、第Y条无单一对应条文} count; prose in the
     * mapping (the 种子法 row) maps nothing.
     */
    public String successor(int article) {
        for (String part : mapping.split("；")) {
            int arrow = part.indexOf('→');
            if (arrow < 0 && !WITHOUT_SUCCESSOR.matcher(part).matches()) continue;
            String cited = arrow >= 0 ? part.substring(0, arrow) : part;
            Matcher m = ARTICLE.matcher(cited);
            while (m.find()) {
                if (ChineseNumerals.spoken(m.group(1)) == article) {
                    return arrow >= 0 ? NOTE.matcher(part.substring(arrow + 1)).replaceAll("") : NO_SINGLE_SUCCESSOR;
                }
            }
        }
        return null;
    }

    /** Whether the article is one the new text puts in place of a cited one (第七十六条 for 第五十二条). */
    public boolean isSuccessorArticle(int article) {
        for (String part : mapping.split("；")) {
            int arrow = part.indexOf('→');
            if (arrow < 0) continue;
            Matcher m = ARTICLE.matcher(NOTE.matcher(part.substring(arrow + 1)).replaceAll(""));
            while (m.find()) if (ChineseNumerals.spoken(m.group(1)) == article) return true;
        }
        return false;
    }
}
