package cn.quanze.cli;

import cn.quanze.decision.InvalidRequestException;
import cn.quanze.json.InputErrors;
import cn.quanze.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The batch contract shared by {@code check --batch} and {@code vet --batch}: one JSON object per
 * input line, one answer per output line in input order, and a bad line answered with
 * {@code {"id", "error": {"code", "message"}}} without stopping the batch.
 *
 * <p>The input is read as bytes and split on LF only (a CR before the LF is dropped; a lone CR is JSON
 * whitespace and stays inside its line); each line is decoded on its own, so invalid UTF-8 costs only the
 * line it is on. A UTF-8 byte-order mark at the start of the input is skipped.
 */
final class JsonLines {
    private JsonLines() {}

    /** Lines longer than this are answered with an error and skipped (the rest of the batch goes on). */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** Answers one parsed request; may throw {@link InvalidRequestException} for a request it cannot answer. */
    interface Handler<T> {
        Object answer(T request);
    }

    /** Runs the whole batch from FILE ({@code -} = stdin); unreadable files are a usage error (exit 2). */
    static <T> void run(String source, String what, Class<T> type, Handler<T> handler) throws IOException {
        long total = -1;
        InputStream in;
        if (source.equals("-")) {
            in = System.in;
        } else {
            Path p = Path.of(source);
            if (!Files.isReadable(p) || Files.isDirectory(p)) throw new Main.UsageException("无法读取文件：" + source);
            try {
                total = countLines(p);
                in = Files.newInputStream(p);
            } catch (IOException e) {
                throw new Main.UsageException("无法读取文件：" + source);
            }
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        Progress progress = new Progress(what, total);
        try (LineReader lines = new LineReader(in)) {
            long n = 0;
            for (LineReader.Line line; (line = lines.next()) != null; ) {
                n++;
                String answer = line.tooLong()
                        ? error(null, "LINE_TOO_LONG", "第 " + n + " 行超过 " + (MAX_LINE_BYTES >> 20) + " MiB 的上限，未处理。")
                        : answer(line.bytes(), n, type, handler);
                if (answer != null) out.println(answer);
                progress.step(n);
            }
            progress.done(n);
        } finally {
            out.flush();
        }
    }

    private static long countLines(Path p) throws IOException {
        long n = 0, size = 0;
        int last = -1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
                size += r;
                last = buf[r - 1];
            }
        }
        return size > 0 && last != '\n' ? n + 1 : n;
    }

    /** Splits a byte stream on LF; each line without its LF (and without a CR just before it). */
    static final class LineReader implements AutoCloseable {
        record Line(byte[] bytes, boolean tooLong) {}

        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos, len;
        private boolean first = true, eof;

        LineReader(InputStream in) {
            this.in = in;
        }

        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            boolean any = false, tooLong = false;
            while (true) {
                if (pos == len) {
                    if (eof) break;
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        eof = true;
                        break;
                    }
                    if (first) {
                        first = false;
                        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') pos++;
                int chunk = pos - start;
                if (!tooLong) {
                    if (line.size() + chunk > MAX_LINE_BYTES) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buf, start, chunk);
                    }
                }
                if (pos < len) {
                    pos++; // the LF
                    return finish(line, tooLong);
                }
            }
            return any ? finish(line, tooLong) : null;
        }

        private static Line finish(ByteArrayOutputStream line, boolean tooLong) {
            byte[] b = line.toByteArray();
            if (b.length > 0 && b[b.length - 1] == '\r') b = java.util.Arrays.copyOf(b, b.length - 1);
            return new Line(b, tooLong);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The answer to one line (null for a blank line, which is skipped). */
    static <T> String answer(byte[] bytes, long lineNo, Class<T> type, Handler<T> handler) throws JsonProcessingException {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return error(null, "INVALID_UTF8", "第 " + lineNo + " 行含有无效的 UTF-8 字节，未处理；请以 UTF-8 编码保存文件。");
        }
        if (line.isBlank()) return null;
        return answer(line, lineNo, type, handler);
    }

    static <T> String answer(String line, long lineNo, Class<T> type, Handler<T> handler) throws JsonProcessingException {
        Object id = null;
        try {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                return error(null, "INVALID_JSON", "第 " + lineNo + " 行" + Json.describe(e));
            }
            if (!(node instanceof ObjectNode obj)) return error(null, "INVALID_REQUEST", "第 " + lineNo + " 行不是 JSON 对象。");
            if (obj.hasNonNull("id")) id = obj.get("id").isTextual() ? obj.get("id").asText() : obj.get("id");
            T request;
            try {
                request = Json.MAPPER.treeToValue(obj, type);
            } catch (JsonProcessingException e) {
                return error(id, Json.batchCodeOf(e), "第 " + lineNo + " 行字段有误：" + Json.describe(e));
            }
            InputErrors.checkAny(request);
            return Json.MAPPER.writeValueAsString(handler.answer(request));
        } catch (InvalidRequestException e) {
            return error(id, e.code(), "第 " + lineNo + " 行：" + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of ours on one line must not cost the rest of the batch its answers; its text stays internal
            return error(id, "INTERNAL_ERROR", "第 " + lineNo + " 行处理失败（内部错误），其余各行照常处理。");
        }
    }

    private static String error(Object id, String code, String message) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(Json.error(id, code, message));
    }
}
