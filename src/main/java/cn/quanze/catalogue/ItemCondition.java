package cn.quanze.catalogue;

/** A condition named in an item's text: the kind, and the words of the item that set it. */
public record ItemCondition(ConditionKind kind, String words) {
}
