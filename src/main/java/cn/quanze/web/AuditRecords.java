package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Shapes one record of the decision log into its line of JSON. Text values longer than {@code maxTextChars}
 * are logged as a prefix (at most 1000 characters) plus their length and SHA-256.
 */
final class AuditRecords {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final int maxTextChars;

    AuditRecords(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /** The record as one UTF-8 line ending in a newline. */
    byte[] line(String kind, String body, Object request, String verdict, List<String> codes,
                String catalogueSha256, List<String> rulesFired) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("time", OffsetDateTime.now().toString());
        n.put("kind", kind);
        n.put("body", clip(body));
        n.set("request", clipTexts(MAPPER.valueToTree(request)));
        n.put("verdict", verdict);
        n.putPOJO("codes", distinct(codes));
        n.put("catalogueSha256", catalogueSha256);
        n.putPOJO("rulesFired", distinct(rulesFired));
        try {
            return (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuditLog.Unavailable("决定记录无法序列化", e);
        }
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private String clip(String text) {
        if (text == null || text.length() <= maxTextChars) return text;
        int keep = Math.min(maxTextChars, 1000);
        return text.substring(0, keep) + "…〔原文共 " + text.length() + " 字，SHA-256 " + sha256(text) + "〕";
    }

    private JsonNode clipTexts(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) {
            return node.asText().length() > maxTextChars ? MAPPER.getNodeFactory().textNode(clip(node.asText())) : node;
        }
        if (node instanceof ObjectNode o) {
            var names = new ArrayList<String>();
            o.fieldNames().forEachRemaining(names::add);
            for (String f : names) o.set(f, clipTexts(o.get(f)));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, clipTexts(a.get(i)));
        }
        return node;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
