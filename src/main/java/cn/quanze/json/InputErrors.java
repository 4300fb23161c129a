package cn.quanze.json;

import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.decision.Penalty;

import java.time.LocalDate;

/**
 * The checks the contract puts on an authority request's values after reading (amounts finite and not
 * negative; dates within a range the lists can speak of), shared by the command line and the HTTP service.
 * How a request that cannot be read is described is {@link Json#describe}; a draft's values are checked by
 * the vetting service itself.
 */
public final class InputErrors {
    private InputErrors() {}

    /** Dates outside this range are refused: no list speaks of them, and date arithmetic on them overflows. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Checks what the contract requires of an authority request's values beyond their types. */
    public static AuthorityRequest check(AuthorityRequest r) {
        if (r == null) return null;
        if (r.facts() != null) checkPenalty(r.facts().penalty());
        checkDate("asOf", r.asOf());
        return r;
    }

    /** Checks a request of either kind; other objects (drafts) pass unchanged. */
    public static <T> T checkAny(T request) {
        if (request instanceof AuthorityRequest r) check(r);
        return request;
    }

    private static void checkPenalty(Penalty p) {
        if (p == null) return;
        // UNSPECIFIED is a row's word for an article's own wording, not a form a request may ask
        if (p.restriction() == cn.quanze.catalogue.Restriction.UNSPECIFIED) {
            throw new InvalidRequestException("INVALID_REQUEST",
                    "字段 facts.penalty.restriction 应为 LIMIT（限制开展生产经营活动）、SUSPEND（责令停产停业）或 CLOSE（责令关闭），实为 UNSPECIFIED。");
        }
        if (p.multiple() != null) {
            double m = p.multiple();
            if (Double.isNaN(m) || Double.isInfinite(m) || m <= 0) {
                throw new InvalidRequestException("INVALID_AMOUNT",
                        "字段 facts.penalty.multiple 应为有限的正数（罚款为计算基数的几倍），实为 " + (Double.isNaN(m) ? "非数" : Double.isInfinite(m) ? "无穷大" : String.valueOf(m)) + "。");
            }
        }
        if (p.amountYuan() == null) return;
        double a = p.amountYuan();
        if (Double.isNaN(a) || Double.isInfinite(a) || a < 0) {
            throw new InvalidRequestException("INVALID_AMOUNT",
                    "字段 facts.penalty.amountYuan 应为有限的非负数（单位：元），实为 " + (Double.isNaN(a) ? "非数" : Double.isInfinite(a) ? "无穷大" : String.valueOf(a)) + "。");
        }
    }

    private static void checkDate(String field, LocalDate d) {
        if (d == null) return;
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw new InvalidRequestException("INVALID_DATE",
                    "字段 " + field + " 的日期 " + d + " 超出可处理的范围（" + EARLIEST + " 至 " + LATEST + "）。");
        }
    }
}
