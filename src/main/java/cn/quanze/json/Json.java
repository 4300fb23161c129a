package cn.quanze.json;

import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one JSON configuration of the contract objects, shared by the command line, the service and the exports.
 * Unknown request fields are an error, never silently ignored (contract); {@code item} is accepted as an
 * alias of {@code itemId}, as the command line's {@code --item} suggests.
 */
public final class Json {
    private Json() {}

    public static final ObjectMapper MAPPER = configure(new ObjectMapper());

    /** Applies the contract's reading and writing rules to a mapper (also the service's). */
    public static ObjectMapper configure(ObjectMapper m) {
        return m.registerModule(new JavaTimeModule())
                .addMixIn(AuthorityRequest.class, AuthorityRequestAliases.class)
                .addMixIn(Decision.class, DecisionOmissions.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** {@code item} for {@code itemId}. */
    abstract static class AuthorityRequestAliases {
        @JsonAlias("item")
        Integer itemId;
    }

    /** {@code asks} only for a message that asks several things. */
    abstract static class DecisionOmissions {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<Decision.AskAnswer> asks();
    }

    /** The contract's answer for a batch element that could not be answered: {@code {"id", "error": {"code", "message"}}}. */
    public static ObjectNode error(Object id, String code, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.putPOJO("id", id);
        ObjectNode err = node.putObject("error");
        err.put("code", code);
        err.put("message", message);
        return node;
    }

    /** A stable code for a JSON reading problem. */
    public static String codeOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof InvalidRequestException ire) return ire.code();
        if (e instanceof UnrecognizedPropertyException) return "UNKNOWN_FIELD";
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            return "UNKNOWN_ENUM_VALUE";
        }
        if (e instanceof MismatchedInputException) return "WRONG_TYPE";
        if (e instanceof InputCoercionException) return "NUMBER_OUT_OF_RANGE";
        if (e instanceof StreamConstraintsException) return "INPUT_TOO_LARGE";
        if (e instanceof StreamReadException) return "MALFORMED_JSON";
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof JsonProcessingException inner) {
            return codeOf(inner);
        }
        if (e instanceof JsonMappingException) return "WRONG_TYPE";
        return "MALFORMED_JSON";
    }

    /**
     * The code of a batch element that could not be read: the contract's INVALID_REQUEST for a malformed or
     * mistyped element or an unknown field, the specific code where it says more (a number out of range, an
     * input over the reading limits, a value the contract refuses).
     */
    public static String batchCodeOf(JsonProcessingException e) {
        String code = codeOf(e);
        return switch (code) {
            case "MALFORMED_JSON", "WRONG_TYPE", "UNKNOWN_ENUM_VALUE", "UNKNOWN_FIELD" -> "INVALID_REQUEST";
            default -> code;
        };
    }

    /** A Chinese description of a JSON reading problem, naming the field (never Jackson's English or a class name). */
    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException jme && jme.getCause() instanceof InvalidRequestException ire) {
            return ire.getMessage();
        }
        String field = e instanceof JsonMappingException jme ? path(jme) : "";
        String where = field.isEmpty() ? "" : "字段 " + field + " ";
        if (e instanceof UnrecognizedPropertyException upe) {
            Collection<Object> known = upe.getKnownPropertyIds() == null ? java.util.List.of() : upe.getKnownPropertyIds();
            String name = upe.getPropertyName();
            // field names are short and slips often swap two letters (qurey): a wider margin than for names of bodies
            String hint = Names.nearest(name, known.stream().map(String::valueOf).toList(), Math.max(2, name.length() / 2))
                    .map(n -> "是不是“" + n + "”？").orElse("");
            String allowed = known.stream().map(String::valueOf).sorted().collect(Collectors.joining("、"));
            return "未知字段 “" + shorten(field.isEmpty() ? name : field) + "”：" + hint + "可用字段：" + allowed
                    + (upe.getReferringClass() == AuthorityRequest.class ? "（item 可作 itemId 的简写）" : "") + "。";
        }
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
            return where + "数值超出可用范围。";
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

    /** A client's value quoted in a message: at most 40 characters. */
    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** How a type is called in Chinese messages. */
    public static String typeWords(Class<?> t) {
        if (t == null) return "正确的类型";
        if (t == String.class) return "字符串";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "整数";
        if (t == Double.class || t == double.class || Number.class.isAssignableFrom(t)) return "数字";
        if (t == Boolean.class || t == boolean.class) return "true 或 false";
        if (t == java.time.LocalDate.class) return "YYYY-MM-DD 格式的日期";
        if (t.isEnum()) return "规定的取值之一";
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) return "JSON 数组";
        return "JSON 对象";
    }
}
