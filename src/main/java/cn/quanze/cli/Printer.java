package cn.quanze.cli;

import cn.quanze.decision.Decision;
import cn.quanze.decision.ReasonCode;

import java.io.PrintStream;

/** Prints a decision for a person, in Chinese. */
final class Printer {
    private Printer() {}

    static void decision(Decision d, PrintStream out) {
        out.println("结论：" + d.verdict().label() + "（" + d.verdict() + "）");
        if (d.asks() != null) {
            out.println("本条共问 " + d.asks().size() + " 件事，逐一作答（总结论取其中最严的一问，以下理由即那一问的）：");
            int i = 1;
            for (Decision.AskAnswer a : d.asks()) {
                String answer = a.verdict() == null ? "不涉及职权，未作答"
                        : a.verdict().label() + (a.item() == null ? "" : "（第" + a.item().id() + "项）")
                        + a.reasons().stream().map(Decision.Reason::code).distinct().toList();
                out.println("  " + i++ + ". " + a.question() + " → " + answer);
            }
        }
        if (d.body() != null) {
            out.println("机构：" + d.body().name() + (d.body().input().equals(d.body().name()) ? "" : "（输入：" + d.body().input() + "）"));
        }
        if (d.item() != null) {
            out.println("事项：第" + d.item().id() + "项〔" + d.item().type() + "〕" + d.item().name());
        }
        if (!d.reasons().isEmpty()) {
            out.println("理由：");
            int i = 1;
            for (Decision.Reason r : d.reasons()) out.println("  " + i++ + ". " + r.message() + "  [" + r.code() + "]");
        }
        if (!d.conditions().isEmpty()) {
            out.println("须查明的条件：");
            for (Decision.Condition c : d.conditions()) out.println("  - " + c.message() + "（事实：" + c.fact() + "）");
        }
        if (!d.basis().isEmpty()) {
            out.println("依据：");
            for (Decision.BasisRef b : d.basis()) out.println("  " + b.citation());
        }
        if (!d.advice().isEmpty()) {
            out.println("建议：");
            for (String a : d.advice()) out.println("  - " + a);
        }
        if (!d.candidates().isEmpty() && (d.item() == null || d.candidates().size() > 1)) {
            out.println("候选事项（按匹配度）：");
            for (Decision.Candidate c : d.candidates()) {
                out.println("  第" + c.id() + "项 " + c.name() + "（" + c.score() + "）");
            }
            if (d.has(ReasonCode.AMBIGUOUS_MATCH) && d.body() != null) {
                out.println("  选定一项后再查，例如：./quanze check --body " + d.body().input() + " --item " + d.candidates().get(0).id());
            }
        }
        boolean elementsOpen = d.conditions().stream().anyMatch(c -> c.code().equals("CONDUCT_ELEMENTS"));
        if (elementsOpen && d.item() != null && d.body() != null) {
            out.println("确属第" + d.item().id() + "项所列情形的，可按该项再查：./quanze check --body " + d.body().input()
                    + " --item " + d.item().id());
        }
        if (!d.rulesFired().isEmpty()) {
            out.println("触发的规则：");
            for (Decision.RuleRef r : d.rules()) {
                if (!r.effect().equals("COMBINE")) out.println("  - " + r.title());
            }
        }
        out.println("数据：" + d.catalogue().name() + " 版本 " + d.catalogue().version() + "，SHA-256 " + d.catalogue().sha256().substring(0, 16) + "…");
    }
}
