package cn.quanze.quiz;

import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * An option of a HARD scenario that names a reason: the reason code, what the option says (opening with the verdict
 * it claims: 可以 / 有条件可以 / 不可以 / 无法判断), and why it is wrong when it is.
 */
record ReasonOption(ReasonCode code, String text, String whyWrong) {

    private static final Map<ReasonCode, ReasonOption> ALL = new LinkedHashMap<>();

    static {
        add(ReasonCode.WITHIN_CATALOGUE, "可以：该行为在清单事项授予乡镇的职权之内，可以直接实施", "事项列入清单，并不等于本案中的这一行为在授权范围内、且各项条件都已具备。");
        add(ReasonCode.CONDITIONS_TO_CHECK, "有条件可以：本项设有前提条件，须先查明相关事实", "本题所给事实已足以判断，不存在尚待查明的前提。");
        add(ReasonCode.STAGE_EXCEEDS_POWER, "不可以：本项只授予乡镇审核、转报等前一环节，审批（决定）权在上级机关", "本题不涉及审批（决定）环节。");
        add(ReasonCode.NOT_IN_CATALOGUE, "不可以：该行为不在本项授予的职权之内，清单外的职权乡镇不得行使", "所问行为正是本项授予的职权。");
        add(ReasonCode.OUT_OF_JURISDICTION, "不可以：事发地不在本乡镇辖区，不属本乡镇管辖", "本题没有涉及其他乡镇辖区的地点。");
        add(ReasonCode.PRECONDITION_UNMET, "不可以：本项规定的前提条件已知不成立", "本题中本项规定的前提条件并未被已知事实否定。");
        add(ReasonCode.SIMPLIFIED_PROCEDURE_LIMIT, "不可以：超出简易程序（当场处罚）的适用范围", "本题不涉及简易程序限额（或拟给予的处罚在限额内）。");
        add(ReasonCode.PENALTY_KIND_NOT_AVAILABLE, "不可以：该种类的处罚乡镇人民政府无权决定", "本题拟给予的处罚种类并非乡镇一律不得决定的种类。");
        add(ReasonCode.BODY_NOT_COVERED, "无法判断：乡镇权责清单不规定该机构的职权", "行为机关是乡镇人民政府，乡镇权责清单正是规定其职权的依据。");
    }

    /** Codes that must not appear together as key and distractor (one would also be arguably right). */
    private static final List<Set<ReasonCode>> NEIGHBOURS = List.of(
            Set.of(ReasonCode.STAGE_EXCEEDS_POWER, ReasonCode.NOT_IN_CATALOGUE),
            Set.of(ReasonCode.PRECONDITION_UNMET, ReasonCode.SIMPLIFIED_PROCEDURE_LIMIT, ReasonCode.PENALTY_KIND_NOT_AVAILABLE));

    private static void add(ReasonCode code, String text, String whyWrong) {
        ALL.put(code, new ReasonOption(code, text, whyWrong));
    }

    static boolean covers(ReasonCode code) {
        return code != null && ALL.containsKey(code);
    }

    /**
     * The key's option and up to three distractors, shuffled: codes the decision does not give and that are no
     * neighbour of the key, with “可以” first among the distractors (the most tempting wrong answer).
     */
    static List<ReasonOption> around(ReasonCode key, Set<String> present, Random rnd) {
        List<ReasonCode> pool = new ArrayList<>();
        for (ReasonCode c : ALL.keySet()) {
            if (c == key || present.contains(c.name())) continue;
            if (NEIGHBOURS.stream().noneMatch(g -> g.contains(c) && g.contains(key))) pool.add(c);
        }
        Collections.shuffle(pool, rnd);
        if (pool.remove(ReasonCode.WITHIN_CATALOGUE)) pool.add(0, ReasonCode.WITHIN_CATALOGUE);
        List<ReasonCode> chosen = new ArrayList<>(pool.subList(0, Math.min(3, pool.size())));
        chosen.add(key);
        Collections.shuffle(chosen, rnd);
        return chosen.stream().map(ALL::get).toList();
    }

    /** The verdict the option's text opens with. */
    Verdict claimedVerdict() {
        return switch (code) {
            case WITHIN_CATALOGUE -> Verdict.PERMITTED;
            case CONDITIONS_TO_CHECK -> Verdict.CONDITIONAL;
            case BODY_NOT_COVERED, UNKNOWN_BODY -> Verdict.UNDETERMINED;
            default -> Verdict.NOT_PERMITTED;
        };
    }

    /** The option as keyed against the engine's deciding reason. */
    Option option(ReasonCode key, String keyReason) {
        boolean right = code == key;
        String fb = right ? "正确。" + keyReason : "错误：" + whyWrong + "本题的关键是：" + keyReason;
        return new Option("", text, right, fb, claimedVerdict().name(), List.of(code.name()));
    }
}
