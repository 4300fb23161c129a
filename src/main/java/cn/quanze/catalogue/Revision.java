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
}
