package cn.quanze.quiz;

import java.util.List;

/**
 * One answer option.
 *
 * @param key      A, B, C, D
 * @param text     what the trainee reads
 * @param correct  the key
 * @param feedback why this option is right or wrong
 * @param verdict  for options about the engine's verdict: the verdict (PERMITTED…) the option asserts; else null
 * @param codes    for options about reasons: the reason codes the option asserts (exactly, within the question's
 *                 codes); null when the option asserts only a verdict. See {@link Question#keyMatches}.
 */
public record Option(String key, String text, boolean correct, String feedback, String verdict, List<String> codes) {
    public Option {
        codes = codes == null ? null : List.copyOf(codes);
    }

    Option withKey(String k) {
        return new Option(k, text, correct, feedback, verdict, codes);
    }
}
