package cn.quanze.vetting;

import java.util.Objects;

/**
 * One problem found in a draft normative document: an element of the contract's
 * {@code findings} array ({@code {"code", "severity", "message", "excerpt", "basis"}}).
 *
 * @param code     a finding code, see {@link FindingCodes}
 * @param severity ERROR, WARNING or INFO
 * @param message  explanation in Chinese
 * @param excerpt  the offending passage of the draft's text (at most 120 characters), or null when the
 *                 finding is not about a passage (e.g. a missing document number)
 * @param basis    the printed legal basis, e.g. {@code 《中华人民共和国行政处罚法》第十六条}
 */
public record Finding(String code, Severity severity, String message, String excerpt, String basis) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
