package cn.quanze.catalogue;

import cn.quanze.citation.Citation;

import java.util.List;
import java.util.Set;

/**
 * One item of the township power catalogue as published, with what is derived from it.
 *
 * @param basisText  the 职权依据 exactly as published (only whitespace normalised)
 * @param acts       the acts the item allows (derived from the name, or overridden in the data)
 * @param conditions the conditions the item's own text sets
 * @param exclusions the cases the item's brackets exclude (…除外)
 * @param decidedBy  for an item that grants only an earlier stage: who decides instead, per the cited provision; "" when unknown
 * @param basisNote  a warning on the item's own citation (a wrong or superseded article), from the legal review; "" when none
 * @param line       the line of the data file the item was read from
 */
public record CatalogueItem(int id, PowerType type, String name, String basisText, List<Citation> basis,
                            Set<Act> acts, List<ItemCondition> conditions, List<String> exclusions,
                            String decidedBy, String basisNote, int line) {

    public CatalogueItem {
        basis = List.copyOf(basis);
        acts = Set.copyOf(acts);
        conditions = List.copyOf(conditions);
        exclusions = List.copyOf(exclusions);
    }

    public boolean allows(Act act) {
        return acts.contains(act);
    }

    public boolean hasCondition(ConditionKind kind) {
        return conditions.stream().anyMatch(c -> c.kind() == kind);
    }

    /** The acts in procedural order, for stable printing. */
    public List<Act> actsInOrder() {
        return java.util.Arrays.stream(Act.values()).filter(acts::contains).toList();
    }

    /** The act the item itself names first: what a request without an explicit act is taken to ask. */
    public Act principalAct() {
        List<Act> ordered = actsInOrder();
        return ordered.isEmpty() ? Act.HANDLE : ordered.get(0);
    }
}
