package cn.quanze.catalogue;

import java.time.LocalDate;
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

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("第([一二三四五六七八九十百零]+)条");

    /**
     * What the new text puts in place of the cited article ({@code 第五十二条→第七十六条} gives 第七十六条), or null when
     * the mapping does not name the article; an article the mapping lists without an arrow has no single successor.
     */
    public String successor(int article) {
        for (String part : mapping.split("；")) {
            int arrow = part.indexOf('→');
            String cited = arrow >= 0 ? part.substring(0, arrow) : part;
            java.util.regex.Matcher m = ARTICLE.matcher(cited);
            while (m.find()) {
                if (cn.quanze.citation.ChineseNumerals.spoken(m.group(1)) == article) {
                    return arrow >= 0 ? part.substring(arrow + 1) : "新文本中无单一对应条文";
                }
            }
        }
        return null;
    }
}
