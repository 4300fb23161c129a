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
 * @param villageDuty the provision by which the cited law charges the village committee itself with the item's act; "" when none
 * @param line       the line of the data file the item was read from
 */
public record CatalogueItem(int id, PowerType type, String name, String basisText, List<Citation> basis,
                            Set<Act> acts, List<ItemCondition> conditions, List<String> exclusions,
                            String decidedBy, String basisNote, String villageDuty, int line) {

    public CatalogueItem {
        basis = List.copyOf(basis);
        acts = Set.copyOf(acts);
        conditions = List.copyOf(conditions);
        exclusions = List.copyOf(exclusions);
    }

    public boolean allows(Act act) {
        return acts.contains(act);
    }

    /** The item grants only stages before a decision (审核转报, 初审, 报批), not the decision itself. */
    public boolean onlyEarlierStages() {
        return !acts.isEmpty() && acts.stream().allMatch(a -> a.isEarlierStageOf(Act.APPROVE));
    }

    /** The item grants this act, or only the stages before it (so asking it shows the stage mismatch). */
    public boolean grantsOrPrecedes(Act act) {
        return allows(act) || (onlyEarlierStages() && acts.stream().anyMatch(a -> a.isEarlierStageOf(act)));
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
        if (ordered.isEmpty()) return Act.HANDLE;
        // 第85项“养犬的管理” grants killing rabid dogs only through its cited article: an item that is not itself a
        // compulsory measure is about its named act first
        if (ordered.size() > 1 && ordered.get(0) == Act.ENFORCE && type != PowerType.COMPULSION) return ordered.get(1);
        return ordered.get(0);
    }
}
