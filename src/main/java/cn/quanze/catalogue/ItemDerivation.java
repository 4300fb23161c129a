package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from an item's published name the acts it allows, the conditions it sets and what its
 * brackets exclude. Where the text misleads, the data's overrides file wins (see CatalogueLoader).
 */
public final class ItemDerivation {

    private ItemDerivation() {}

    private static final Pattern BRACKETS = Pattern.compile("[（(]([^（）()]*)[）)]\\s*$");
    private static final Pattern TERRITORY = Pattern.compile("本辖区|本行政区域|所辖区域|辖区内");

    /** The name without a trailing bracket remark such as （…除外） or (依法适用简易程序的). */
    public static String coreName(String name) {
        return BRACKETS.matcher(name).replaceFirst("").strip();
    }

    /**
     * The part of the name that states the act. In "对X的Y" names X describes the object or the
     * offence (which may itself contain words like 备案 or 批准), so only Y is read.
     */
    static String actPhrase(String name) {
        String core = coreName(name);
        if (core.startsWith("对")) {
            int lastDe = core.lastIndexOf('的');
            if (lastDe > 0) return core.substring(lastDe + 1);
        }
        return core;
    }

    /**
     * The conduct or matter the item is about: in "对X的Y" names, X (without a closing 的行为), for the
     * few other names the name itself. 对违反…的行为的处罚 → 违反…; 对申请最低生活保障家庭的审核转报 → 申请最低生活保障家庭.
     */
    public static String conduct(String name) {
        String core = coreName(name);
        if (core.startsWith("对")) {
            int lastDe = core.lastIndexOf('的');
            if (lastDe > 1) {
                String x = core.substring(1, lastDe);
                if (x.endsWith("的行为")) x = x.substring(0, x.length() - 3);
                else if (x.endsWith("行为")) x = x.substring(0, x.length() - 2);
                return x;
            }
        }
        return core;
    }

    /**
     * The acts the name grants: the vocabulary's item-name words in their order; a matched word is
     * consumed so 审核转报 is not also read as 审核.
     */
    public static Set<Act> acts(String name, Vocabulary vocabulary) {
        Set<Act> acts = EnumSet.noneOf(Act.class);
        // 争议的处理 is adjudication of a dispute, not the general 处理 of a matter.
        if (coreName(name).endsWith("争议的处理")) {
            acts.add(Act.ADJUDICATE);
            return acts;
        }
        String rest = actPhrase(name);
        for (Map.Entry<String, Set<Act>> e : vocabulary.itemWords()) {
            if (rest.contains(e.getKey())) {
                acts.addAll(e.getValue());
                rest = rest.replace(e.getKey(), "　");
            }
        }
        return acts;
    }

    public static List<ItemCondition> conditions(String name) {
        List<ItemCondition> conditions = new ArrayList<>();
        for (ConditionKind kind : ConditionKind.values()) {
            if (kind == ConditionKind.WITHIN_TERRITORY || kind.phrase() == null) continue;
            if (name.contains(kind.phrase())) conditions.add(new ItemCondition(kind, kind.phrase()));
        }
        Matcher m = TERRITORY.matcher(name);
        if (m.find()) conditions.add(new ItemCondition(ConditionKind.WITHIN_TERRITORY, m.group()));
        return conditions;
    }

    public static List<String> exclusions(String name) {
        Matcher m = BRACKETS.matcher(name);
        if (m.find() && m.group(1).endsWith("除外")) return List.of(m.group(1));
        return List.of();
    }
}
