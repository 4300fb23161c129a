package cn.quanze.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of the contract objects, shared by the command line, the service and the exports. */
public final class Json {
    private Json() {}

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The contract's answer for a batch element that could not be answered: {@code {"id", "error": {"code", "message"}}}. */
    public static ObjectNode error(Object id, String code, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.putPOJO("id", id);
        ObjectNode err = node.putObject("error");
        err.put("code", code);
        err.put("message", message);
        return node;
    }
}
