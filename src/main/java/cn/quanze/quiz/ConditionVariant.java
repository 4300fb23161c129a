package cn.quanze.quiz;

import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConditionKind;
import cn.quanze.decision.Facts;

import java.util.List;

/**
 * One state of the facts an item's own condition turns on (逾期不改正、遇到阻拦和拖延、情况紧急、突发事件、洪水威胁):
 * a name for the ref, the facts the probe states, and how the question says them.
 */
record ConditionVariant(String name, Facts facts, String said) {

    private static final List<ConditionKind> OWN = List.of(ConditionKind.DEADLINE_PASSED, ConditionKind.OBSTRUCTED,
            ConditionKind.EMERGENCY, ConditionKind.EMERGENCY_EVENT, ConditionKind.FLOOD_THREAT);

    /** Whether the item sets one of these conditions on its power. */
    static boolean applies(CatalogueItem it) {
        return OWN.stream().anyMatch(it::hasCondition);
    }

    static List<ConditionVariant> of(CatalogueItem it) {
        if (it.hasCondition(ConditionKind.DEADLINE_PASSED)) return deadline();
        if (it.hasCondition(ConditionKind.OBSTRUCTED)) return obstruction();
        return emergency(it);
    }

    private static List<ConditionVariant> deadline() {
        return List.of(
                new ConditionVariant("overdue", correction(true, true), "镇政府已责令当事人限期改正，期限届满后当事人仍未改正"),
                new ConditionVariant("pending", correction(true, false), "镇政府已责令当事人限期改正，但改正期限尚未届满"),
                new ConditionVariant("notordered", correction(false, null), "镇政府尚未责令当事人限期改正"),
                new ConditionVariant("unknown", Facts.NONE, "卷宗中没有记载是否已责令限期改正、期限是否届满"));
    }

    private static List<ConditionVariant> obstruction() {
        return List.of(
                new ConditionVariant("obstructed", Facts.builder().obstructed(true).build(), "防汛措施实施中遭到当事人阻拦和拖延"),
                new ConditionVariant("smooth", Facts.builder().obstructed(false).build(), "当事人积极配合，没有阻拦或拖延"),
                new ConditionVariant("unknown", Facts.NONE, "尚不清楚实施中是否遇到阻拦和拖延"));
    }

    private static List<ConditionVariant> emergency(CatalogueItem it) {
        boolean flood = it.hasCondition(ConditionKind.FLOOD_THREAT);
        boolean event = it.hasCondition(ConditionKind.EMERGENCY_EVENT);
        String yes = flood ? "洪水正在威胁下游群众的安全" : event ? "辖区内正在发生需要应对的突发事件" : "地质灾害险情紧急，随时可能发生";
        String no = flood ? "汛情平稳，洪水并未威胁群众安全" : event ? "辖区内并无正在发生的突发事件，只是为今后备用" : "险情已经排除，情况并不紧急";
        return List.of(
                new ConditionVariant("urgent", Facts.builder().emergency(true).build(), yes),
                new ConditionVariant("calm", Facts.builder().emergency(false).build(), no),
                new ConditionVariant("unknown", Facts.NONE, "现场情况尚未核实"));
    }

    private static Facts correction(Boolean ordered, Boolean passed) {
        return Facts.builder().orderedToCorrect(ordered).deadlinePassed(passed).build();
    }
}
