package cn.quanze.json;

import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.decision.Penalty;
import cn.quanze.vetting.Draft;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Client input problems in words a clerk reads: Jackson's exceptions mapped to a stable English code and a
 * Chinese message (never Jackson's own English text or a Java class name), and the checks the contract puts
 * on values after reading (amounts finite and not negative; dates within a range the lists can speak of).
 * Shared by the command-line batches and the HTTP service.
 */
public final class InputErrors {
    private InputErrors() {}

    /** Dates outside this range are refused: no list speaks of them, and date arithmetic on them overflows. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** A stable code for a JSON reading problem. */
    public static String code(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof InvalidRequestException ire) return ire.code();
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            return "UNKNOWN_ENUM_VALUE";
        }
        if (e instanceof InvalidFormatException) return "WRONG_TYPE";
        if (e instanceof MismatchedInputException) return "WRONG_TYPE";
        if (e instanceof InputCoercionException) return "NUMBER_OUT_OF_RANGE";
        if (e instanceof StreamConstraintsException) return "INPUT_TOO_LARGE";
        if (e instanceof StreamReadException) return "MALFORMED_JSON";
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof JsonProcessingException inner) {
            return code(inner);
        }
        if (e instanceof JsonMappingException) return "WRONG_TYPE";
        return "MALFORMED_JSON";
    }

    /** A Chinese description of a JSON reading problem, naming the field where there is one. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof InvalidRequestException ire) {
            return ire.getMessage();
        }
        String field = e instanceof JsonMappingException jme ? path(jme) : "";
        String where = field.isEmpty() ? "" : "字段 " + field + " ";
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining("、"));
            return where + "的值 “" + shorten(ife.getValue()) + "” 不是可用的取值；可用取值：" + allowed + "。";
        }
        if (e instanceof InvalidFormatException ife) {
            return where + "的值 “" + shorten(ife.getValue()) + "” 格式不对，应为" + typeWords(ife.getTargetType()) + "。";
        }
        if (e instanceof MismatchedInputException mie) {
            if (field.isEmpty()) return "结构不对：应为" + typeWords(mie.getTargetType()) + "。";
            return where + "的类型不对，应为" + typeWords(mie.getTargetType()) + "。";
        }
        if (e instanceof InputCoercionException) {
            return (where.isEmpty() ? "" : where) + "数值超出可用范围。";
        }
        if (e instanceof StreamConstraintsException) {
            return "内容超出读取上限（数字、字符串过长或嵌套过深）。";
        }
        if (e instanceof StreamReadException) {
            var loc = e.getLocation();
            return "不是有效的 JSON" + (loc != null && loc.getLineNr() > 0
                    ? "（第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列附近）" : "") + "。";
        }
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof JsonProcessingException inner) {
            return describe(inner);
        }
        return where + "无法读取：请检查 JSON 的格式和字段类型。";
    }

    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The Chinese name of the type a value should have had. */
    public static String typeWords(Class<?> t) {
        if (t == null) return "正确的类型";
        if (t == String.class) return "字符串";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "整数";
        if (t == Double.class || t == double.class || Number.class.isAssignableFrom(t)) return "数字";
        if (t == Boolean.class || t == boolean.class) return "true 或 false";
        if (t == LocalDate.class) return "YYYY-MM-DD 格式的日期";
        if (t.isEnum()) return "规定的取值之一";
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) return "JSON 数组";
        return "JSON 对象";
    }

    /** Checks what the contract requires of an authority request's values beyond their types. */
    public static AuthorityRequest check(AuthorityRequest r) {
        if (r == null) return null;
        if (r.facts() != null) checkPenalty(r.facts().penalty());
        checkDate("asOf", r.asOf());
        return r;
    }

    /** Checks a draft's dates. */
    public static Draft check(Draft d) {
        if (d == null) return null;
        checkDate("issueDate", d.issueDate());
        checkDate("validUntil", d.validUntil());
        if (d.publicCommentDays() != null && d.publicCommentDays() < 0) {
            throw new InvalidRequestException("INVALID_NUMBER", "字段 publicCommentDays 不能为负数。");
        }
        return d;
    }

    /** Checks a request of either kind; other objects pass unchanged. */
    public static <T> T checkAny(T request) {
        if (request instanceof AuthorityRequest r) check(r);
        else if (request instanceof Draft d) check(d);
        return request;
    }

    private static void checkPenalty(Penalty p) {
        if (p == null || p.amountYuan() == null) return;
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
