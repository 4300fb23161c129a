package cn.quanze.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words written as they sound (catalog/misheard.tsv): a dictated or pinyin-typed question writes 审批 as 审皮, 备案 as 被案;
 * each is put back to the official word before the question is read.
 */
public record Misheard(List<Correction> corrections) {

    /** One wrong writing (a pattern) and the word it stands for. */
    public record Correction(Pattern wrong, String right) {}

    public Misheard {
        corrections = List.copyOf(corrections);
    }

    /** The question with every wrong writing put right; null stays null. */
    public String correct(String question) {
        if (question == null) return null;
        String s = question;
        for (Correction c : corrections) s = c.wrong().matcher(s).replaceAll(c.right());
        return s;
    }
}
