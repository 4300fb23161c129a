package cn.quanze.engine;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConditionKind;
import cn.quanze.catalogue.ItemCondition;
import cn.quanze.catalogue.PowerType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A catalogue item as the rules see it. Inserted once per session and never modified. */
public final class ItemFact {

    private final int id;
    private final String name;
    private final PowerType type;
    private final Set<Act> acts;
    private final Set<ConditionKind> conditionKinds;
    private final String territoryWords;
    private final String actWords;
    private final String decidedBy;
    private final List<String> exclusions;
    private final boolean earlierStageOnly;
    /** 第N项“名称”, as every message quotes it; built once. */
    private String label;
    private final String basisNote;
    private final String villageDuty;

    public ItemFact(CatalogueItem item) {
        this.id = item.id();
        this.name = item.name();
        this.type = item.type();
        this.acts = Set.copyOf(item.acts());
        this.conditionKinds = item.conditions().stream().map(ItemCondition::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConditionKind.class)));
        this.territoryWords = item.conditions().stream().filter(c -> c.kind() == ConditionKind.WITHIN_TERRITORY)
                .map(ItemCondition::words).findFirst().orElse("");
        this.actWords = item.actsInOrder().stream().map(Act::label).collect(Collectors.joining("、"));
        this.decidedBy = item.decidedBy();
        this.exclusions = item.exclusions();
        this.earlierStageOnly = item.onlyEarlierStages();
        this.basisNote = item.basisNote();
        this.villageDuty = item.villageDuty();
    }

    public int getId() { return id; }
    public String getName() { return name; }
    public PowerType getType() { return type; }
    public String getTypeLabel() { return type.label(); }
    public Set<Act> getActs() { return acts; }
    public Set<ConditionKind> getConditionKinds() { return conditionKinds; }
    public String getTerritoryWords() { return territoryWords; }
    /** The acts granted, in Chinese, e.g. 审核、转报. */
    public String getActWords() { return actWords; }
    public String getDecidedBy() { return decidedBy; }
    public List<String> getExclusions() { return exclusions; }
    /** A warning on the item's own citation, "" when none. */
    public String getBasisNote() { return basisNote; }
    /** The provision charging the village committee itself with the item's act, "" when none. */
    public String getVillageDuty() { return villageDuty; }

    /** The item grants only the stages before a decision (审核, 初审, 转报, 报批), not the decision itself. */
    public boolean isEarlierStageOnly() {
        return earlierStageOnly;
    }

    /** The emergency the item waits for (情况紧急, 突发事件, 洪水威胁), or null when it waits for none. */
    public ConditionKind getEmergencyCondition() {
        for (ConditionKind k : new ConditionKind[]{ConditionKind.FLOOD_THREAT, ConditionKind.EMERGENCY_EVENT, ConditionKind.EMERGENCY}) {
            if (conditionKinds.contains(k)) return k;
        }
        return null;
    }

    public String getLabel() {
        if (label == null) label = "第" + id + "项“" + name + "”";
        return label;
    }
}
