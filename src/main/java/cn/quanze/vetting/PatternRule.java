package cn.quanze.vetting;

import java.util.regex.Pattern;

/**
 * One row of {@code catalog/vetting-patterns.tsv}.
 *
 * @param code             one of {@link FindingCodes#TEXT_CODES}
 * @param severity         severity of a finding from this row
 * @param pattern          compiled Java regex, applied sentence by sentence
 * @param basis            printed legal basis
 * @param messageTemplate  Chinese message; {@code {match}} is replaced by the matched text
 * @param positiveExample  a sentence the pattern must match
 * @param negativeExample  a sentence the pattern must not match
 * @param line             1-based line in the file
 */
public record PatternRule(String code, Severity severity, Pattern pattern, String basis, String messageTemplate,
                          String positiveExample, String negativeExample, int line) {

    public String message(String matched) {
        return messageTemplate.replace("{match}", matched);
    }
}
