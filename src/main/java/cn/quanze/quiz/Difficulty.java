package cn.quanze.quiz;

import java.util.Locale;

/**
 * EASY: fewer options (可以 / 不可以 plus the key); NORMAL: four options; HARD: options are explanations keyed
 * to the engine's reason codes, distractors drawn from closer neighbours, and place names without their township.
 */
public enum Difficulty {
    EASY, NORMAL, HARD;

    public static Difficulty parse(String s) {
        if (s == null || s.isBlank()) return NORMAL;
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("无效的难度 “" + s + "”，可选 easy|normal|hard");
        }
    }
}
