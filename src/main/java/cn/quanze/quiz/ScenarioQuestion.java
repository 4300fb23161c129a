package cn.quanze.quiz;

import cn.quanze.authority.AuthorityService;
import cn.quanze.decision.Decision;
import cn.quanze.decision.ReasonCode;
import cn.quanze.decision.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a SCENARIO question from its probe: the engine decides the probe, and the options are the four verdicts
 * (two and the key on EASY) or, on HARD, reasons keyed to the engine's deciding reason code.
 */
final class ScenarioQuestion {

    /** Verdict options, in the order an examiner prints them. */
    private static final List<Verdict> VERDICT_ORDER = List.of(Verdict.PERMITTED, Verdict.CONDITIONAL, Verdict.NOT_PERMITTED, Verdict.UNDETERMINED);

    private final AuthorityService authority;

    ScenarioQuestion(AuthorityService authority) {
        this.authority = authority;
    }

    Question write(Stem stem, Probe probe, Random rnd, Difficulty d) {
        Decision dec = authority.decide(probe.request(stem.ref()));
        String keyReason = keyReason(dec);
        ReasonCode keyCode = decisiveCode(dec);
        List<Option> opts = d == Difficulty.HARD && ReasonOption.covers(keyCode)
                ? reasonOptions(dec, keyCode, keyReason, rnd)
                : verdictOptions(dec, keyReason, d);
        return Keying.finish(stem, opts, dec, probe);
    }

    private static List<Option> reasonOptions(Decision dec, ReasonCode keyCode, String keyReason, Random rnd) {
        Set<String> present = new LinkedHashSet<>();
        dec.reasons().forEach(r -> present.add(r.code()));
        List<Option> opts = new ArrayList<>();
        for (ReasonOption o : ReasonOption.around(keyCode, present, rnd)) opts.add(o.option(keyCode, keyReason));
        return opts;
    }

    private static List<Option> verdictOptions(Decision dec, String keyReason, Difficulty d) {
        List<Option> opts = new ArrayList<>();
        for (Verdict v : VERDICT_ORDER) {
            boolean right = v == dec.verdict();
            if (d == Difficulty.EASY && !right && v != Verdict.PERMITTED && v != Verdict.NOT_PERMITTED) continue;
            opts.add(new Option("", v.label(), right, right ? "正确。" + keyReason : verdictFeedback(v, dec, keyReason), v.name(), null));
        }
        return opts;
    }

    private static ReasonCode decisiveCode(Decision dec) {
        for (Decision.Reason r : dec.reasons()) {
            if (r.decides(dec.verdict())) return ReasonCode.valueOf(r.code());
        }
        return null;
    }

    /** The deciding reason's message (else the first reason's), and what must be checked when conditional. */
    private static String keyReason(Decision dec) {
        String s = dec.reasons().stream().filter(r -> r.decides(dec.verdict())).map(Decision.Reason::message).findFirst().orElse("");
        if (s.isEmpty() && !dec.reasons().isEmpty()) s = dec.reasons().get(0).message();
        if (dec.verdict() == Verdict.CONDITIONAL && !dec.conditions().isEmpty()) s += Keying.conditions(dec);
        return s;
    }

    private static String verdictFeedback(Verdict v, Decision dec, String keyReason) {
        String lead = switch (v) {
            case PERMITTED -> dec.verdict() == Verdict.CONDITIONAL ? "并非无条件可以。" : "不能认定可以。";
            case CONDITIONAL -> dec.verdict() == Verdict.PERMITTED ? "所给事实已足以判断，没有尚待查明的前提。"
                    : dec.verdict() == Verdict.NOT_PERMITTED ? "已知事实已足以否定，不是附条件的问题。" : "依清单无从判断，谈不上附条件。";
            case NOT_PERMITTED -> dec.verdict() == Verdict.CONDITIONAL ? "并非一概不可，满足条件即可。"
                    : dec.verdict() == Verdict.PERMITTED ? "该行为在清单授权之内。" : "依清单无从断定“不可以”。";
            case UNDETERMINED -> "机构、事项和事实已足以依清单作出判断。";
        };
        return "错误：" + lead + keyReason;
    }
}
