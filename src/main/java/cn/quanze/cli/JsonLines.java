package cn.quanze.cli;

import cn.quanze.decision.InvalidRequestException;
import cn.quanze.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The batch contract shared by {@code check --batch} and {@code vet --batch}: one JSON object per
 * input line, one answer per output line in input order, and a bad line answered with
 * {@code {"id", "error": {"code", "message"}}} without stopping the batch.
 */
final class JsonLines {
    private JsonLines() {}

    /** Answers one parsed request; may throw {@link InvalidRequestException} for a request it cannot answer. */
    interface Handler<T> {
        Object answer(T request);
    }

    /** Runs the whole batch from FILE ({@code -} = stdin); unreadable files are a usage error (exit 2). */
    static <T> void run(String source, String what, Class<T> type, Handler<T> handler) throws IOException {
        long total = -1;
        BufferedReader in;
        if (source.equals("-")) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        } else {
            Path p = Path.of(source);
            if (!Files.isReadable(p) || Files.isDirectory(p)) throw new Main.UsageException("无法读取文件：" + source);
            try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
                total = lines.count();
            }
            in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        Progress progress = new Progress(what, total);
        try (in) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                out.println(answer(line, n, type, handler));
                progress.step(n);
            }
            progress.done(n);
        } finally {
            out.flush();
        }
    }

    static <T> String answer(String line, long lineNo, Class<T> type, Handler<T> handler) throws JsonProcessingException {
        Object id = null;
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            if (!(node instanceof ObjectNode obj)) return error(null, "INVALID_REQUEST", "第 " + lineNo + " 行不是 JSON 对象。");
            if (obj.hasNonNull("id")) id = obj.get("id").isTextual() ? obj.get("id").asText() : obj.get("id");
            T request;
            try {
                request = Json.MAPPER.treeToValue(obj, type);
            } catch (JsonProcessingException e) {
                return error(id, "INVALID_REQUEST", "第 " + lineNo + " 行字段有误：" + Json.describe(e));
            }
            return Json.MAPPER.writeValueAsString(handler.answer(request));
        } catch (InvalidRequestException e) {
            return error(id, e.code(), "第 " + lineNo + " 行：" + e.getMessage());
        } catch (JsonProcessingException e) {
            return error(null, "INVALID_JSON", "第 " + lineNo + " 行" + Json.describe(e));
        } catch (RuntimeException e) {
            // a fault of ours on one line must not cost the rest of the batch its answers
            return error(id, "INTERNAL_ERROR", "第 " + lineNo + " 行处理失败：" + e.getMessage());
        }
    }

    private static String error(Object id, String code, String message) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(Json.error(id, code, message));
    }
}
