package cn.quanze.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded hostile input for every endpoint (and, through {@link #line}, for the command-line batches): valid
 * requests with fields swapped for wrong types, extreme numbers and dates, control characters, invalid UTF-8,
 * truncation, deep nesting, odd methods, content types, origins and raw request lines. Checks each answer:
 * no 5xx, every 4xx is problem+json with a code and a Chinese detail, no internal names in any body.
 * Used by {@code FuzzTest} and, for longer runs against a running service, by {@code bench/fuzz-soak.sh}.
 */
public final class Fuzzer {
    static final ObjectMapper M = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Names that must never reach a client: they betray the implementation. */
    public static final List<String> INTERNAL = List.of("com.fasterxml", "java.", "javax.", "jakarta.", "cn.quanze.",
            "org.springframework", "org.apache", "org.drools", "org.kie", "Exception", "\tat ");

    private final Random rnd;
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public final List<String> violations = new ArrayList<>();
    public final Map<Integer, Integer> statuses = new TreeMap<>();
    public int sent;

    public Fuzzer(long seed, String base, String token) {
        this.rnd = new Random(seed);
        this.base = base;
        this.token = token;
    }

    static final String[] BODIES = {"东冶镇", "东冶", "五台县东冶镇人民政府", "县发改委", "台城镇", "驼梁风景区服务中心", "县公安局交警大队", "不存在的机关"};
    static final String[] QUERIES = {"村民没批准就占地盖房，镇里能罚吗？", "镇里能直接批低保吗？", "物业公司在楼道里给电动车充电，罚五千元", "烧秸秆", "拆除违章建筑"};

    ObjectNode decision() {
        ObjectNode n = F.objectNode();
        n.put("id", "f" + rnd.nextInt(1000));
        n.put("body", pick(BODIES));
        if (rnd.nextBoolean()) n.put("itemId", 1 + rnd.nextInt(152));
        else n.put("query", pick(QUERIES));
        if (rnd.nextInt(3) == 0) n.put("action", pick(new String[]{"APPROVE", "PENALIZE", "REVIEW", "FORWARD", "ENFORCE", "PAY"}));
        if (rnd.nextBoolean()) {
            ObjectNode facts = n.putObject("facts");
            facts.put("location", pick(new String[]{"东冶村", "李家庄村", "台城镇", "北京"}));
            facts.put("partyType", pick(new String[]{"INDIVIDUAL", "ORGANIZATION"}));
            ObjectNode p = facts.putObject("penalty");
            p.put("kind", pick(new String[]{"FINE", "WARNING", "DETENTION", "CONFISCATION"}));
            p.put("amountYuan", rnd.nextInt(100_000));
            facts.put("emergency", rnd.nextBoolean());
        }
        if (rnd.nextInt(4) == 0) n.put("asOf", "2024-0" + (1 + rnd.nextInt(9)) + "-15");
        return n;
    }

    ObjectNode draft() {
        ObjectNode n = F.objectNode();
        n.put("id", "d" + rnd.nextInt(1000));
        n.put("issuer", pick(new String[]{"县民政局", "县市场监督管理局", "县公安局交警大队", "东冶镇人民政府"}));
        n.put("title", "关于加强管理的通知");
        n.put("docNumber", "五民发〔2024〕" + rnd.nextInt(100) + "号");
        n.put("issueDate", "2024-03-01");
        n.put("validUntil", "2026-03-01");
        n.put("legalityReviewed", rnd.nextBoolean());
        n.put("text", "第一条 为加强管理，制定本办法。第二条 违反规定的，处以五百元罚款。");
        return n;
    }

    ObjectNode answers() {
        ObjectNode n = F.objectNode();
        n.put("count", 1 + rnd.nextInt(5));
        n.put("seed", rnd.nextInt(100));
        n.putObject("answers").put("q1", "A");
        return n;
    }

    /** A hostile value for any field. */
    JsonNode wild() {
        return switch (rnd.nextInt(26)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(rnd.nextBoolean());
            case 2 -> F.numberNode(-rnd.nextInt(1_000_000));
            case 3 -> F.numberNode(Double.MAX_VALUE);
            case 4 -> F.textNode("NaN");
            case 5 -> F.textNode("Infinity");
            case 6 -> F.textNode("");
            case 7 -> F.textNode("字".repeat(rnd.nextInt(20_000)));
            case 8 -> F.textNode("\u0000\u001b[2J\u009b\r\n\u2028");
            case 9 -> F.textNode("+999999999-12-31");
            case 10 -> F.textNode("-999999999-01-01");
            case 11 -> F.textNode("2024-02-30");
            case 12 -> F.arrayNode().add(1).add("x");
            case 13 -> F.objectNode().put("kind", "FINE").put("amountYuan", -5000);
            case 14 -> F.numberNode(new java.math.BigInteger("9".repeat(1 + rnd.nextInt(400))));
            case 15 -> F.numberNode(Long.MIN_VALUE);
            case 16 -> F.numberNode(-0.0);
            case 17 -> F.numberNode(1e-300);
            case 18 -> F.textNode(pick(new String[]{"FLY", "fine", "PENALIZE ", "审批", "APPROVE"}));
            case 19 -> nested(1 + rnd.nextInt(900));
            case 20 -> F.textNode("\uD800");
            case 21 -> F.numberNode(rnd.nextInt(200) - 20);
            case 22 -> F.textNode(pick(QUERIES) + pick(QUERIES));
            case 23 -> F.objectNode().set("penalty", F.objectNode().put("kind", "FINE").put("amountYuan", "1e999"));
            case 24 -> F.textNode("2024-03-01T00:00:00Z");
            default -> F.textNode(randomText(1 + rnd.nextInt(60)));
        };
    }

    JsonNode nested(int depth) {
        JsonNode n = F.textNode("底");
        for (int i = 0; i < depth; i++) n = rnd.nextBoolean() ? F.arrayNode().add(n) : F.objectNode().set("a", n);
        return n;
    }

    String randomText(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int r = rnd.nextInt(10);
            if (r < 5) b.append((char) (0x4E00 + rnd.nextInt(0x5000)));
            else if (r < 7) b.append((char) (0x20 + rnd.nextInt(0x5F)));
            else if (r < 8) b.append((char) rnd.nextInt(0x20));
            else b.append((char) (0x80 + rnd.nextInt(0x800)));
        }
        return b.toString();
    }

    JsonNode mutate(ObjectNode n) {
        int k = rnd.nextInt(4);
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        for (int i = 0; i <= k && !names.isEmpty(); i++) {
            String f = names.get(rnd.nextInt(names.size()));
            switch (rnd.nextInt(5)) {
                case 0 -> n.remove(f);
                case 1 -> n.put("extra" + rnd.nextInt(10), randomText(5));
                default -> n.set(f, wild());
            }
        }
        if (n.has("facts") && n.get("facts") instanceof ObjectNode facts && rnd.nextBoolean()) {
            facts.set(pick(new String[]{"location", "partyType", "penalty", "emergency", "deadlinePassed"}), wild());
        }
        return rnd.nextInt(10) == 0 ? wild() : n;
    }

    /** Serialized, and sometimes damaged as bytes. */
    byte[] bytes(JsonNode n) {
        byte[] b;
        try {
            b = M.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        switch (rnd.nextInt(8)) {
            case 0 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            case 1 -> {
                if (b.length > 0) b[rnd.nextInt(b.length)] = (byte) (0x80 + rnd.nextInt(0x80));
            }
            case 2 -> {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                o.writeBytes(b);
                b = o.toByteArray();
            }
            case 3 -> {
                if (b.length > 0) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(0x20);
            }
            case 4 -> {
                if (rnd.nextInt(4) == 0) b = ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
            }
        }
        return b;
    }

    /** One hostile JSON Lines line for a batch of the given kind (never blank). */
    public byte[] line(boolean vetting) {
        byte[] b = bytes(mutate(vetting ? draft() : decision()));
        boolean blank = true;
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r' && x != '\n' && x != 0x0b && x != 0x0c) blank = false;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte x : b) if (x != '\n') o.write(x);
        if (blank || o.size() == 0) o.writeBytes("{\"x\":".getBytes(StandardCharsets.UTF_8));
        byte[] out = o.toByteArray();
        if (out.length > 0 && out[out.length - 1] == '\r') out[out.length - 1] = '}';
        if (new String(out, StandardCharsets.UTF_8).isBlank()) return "{".getBytes(StandardCharsets.UTF_8);
        return out;
    }

    <T> T pick(T[] a) {
        return a[rnd.nextInt(a.length)];
    }

    /** Sends {@code n} hostile requests and records every violation. */
    public void run(int n) {
        for (int i = 0; i < n; i++) {
            try {
                if (rnd.nextInt(15) == 0) raw();
                else one();
            } catch (IOException e) {
                violations.add("连接失败：" + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void one() throws IOException, InterruptedException {
        String method = "POST", path, type = "application/json";
        byte[] body;
        int r = rnd.nextInt(100);
        if (r < 28) {
            path = "/api/v1/decisions";
            body = bytes(mutate(decision()));
        } else if (r < 40) {
            path = "/api/v1/decisions:batch";
            ArrayNode a = F.arrayNode();
            for (int i = rnd.nextInt(8); i > 0; i--) a.add(mutate(decision()));
            body = bytes(rnd.nextInt(8) == 0 ? mutate(decision()) : a);
        } else if (r < 55) {
            path = "/api/v1/vetting";
            body = bytes(mutate(draft()));
        } else if (r < 60) {
            path = "/api/v1/quiz/answers";
            body = bytes(mutate(answers()));
        } else if (r < 65) {
            path = "/api/v1/vetting/extract";
            String boundary = "----fz" + rnd.nextInt(1_000_000);
            type = rnd.nextInt(6) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
            String name = pick(new String[]{"a.txt", "稿.docx", "x.pdf", "字".repeat(160) + ".txt", "", "..\\..\\etc.txt", "a.docx"});
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + (rnd.nextInt(5) == 0 ? "other" : "file")
                    + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] content = new byte[rnd.nextInt(2000)];
            rnd.nextBytes(content);
            if (rnd.nextBoolean()) content = ("第一条 " + randomText(50)).getBytes(StandardCharsets.UTF_8);
            o.writeBytes(content);
            if (rnd.nextInt(4) != 0) o.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            body = o.toByteArray();
        } else if (r < 80) {
            method = "GET";
            body = new byte[0];
            type = null;
            path = pick(new String[]{"/api/v1/catalogue/items", "/api/v1/catalogue/items/" + (rnd.nextInt(400) - 100),
                    "/api/v1/catalogue/items/" + pick(new String[]{"abc", "1.5", "99999999999", "%E4%B8%80", "-0"}),
                    "/api/v1/catalogue/items?type=" + pick(new String[]{"行政处罚", "XX", "%FF", ""}) + "&q=" + pick(new String[]{"%E7%A7%B8", "%00", "x"}),
                    "/api/v1/catalogue", "/api/v1/issuers", "/api/v1/bodies",
                    "/api/v1/quiz?count=" + (rnd.nextInt(300) - 50) + "&seed=" + pick(new String[]{"1", "x", "99999999999999999999"})
                            + "&kinds=" + pick(new String[]{"", "NONSENSE", "act"}) + "&difficulty=" + pick(new String[]{"", "hard", "??"}),
                    "/error", "/v3/api-docs", "/", "/index.html", "/nope", "/api/v1/nope", "/api/v1/admin/reload",
                    "/api/v1/decisions", "/api/v1/" + randomAscii(), "/static/../../etc/passwd"});
        } else if (r < 88) {
            path = "/api/v1/admin/reload";
            body = new byte[0];
            type = rnd.nextBoolean() ? null : "application/json";
        } else {
            method = pick(new String[]{"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "POST", "GET"});
            path = pick(new String[]{"/api/v1/decisions", "/api/v1/vetting", "/api/v1/issuers", "/api/v1/admin/reload", "/", "/error", "/api/v1/quiz/answers"});
            body = bytes(mutate(decision()));
            type = pick(new String[]{"application/json", "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=gbk", "*/*"});
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 && !method.equals("POST") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) b.header("Content-Type", type);
        if (rnd.nextInt(5) == 0) b.header("Accept", pick(new String[]{"text/html", "application/xml", "*/*", "application/json", "image/png"}));
        if (path.startsWith("/api/v1/admin")) {
            int t = rnd.nextInt(4);
            if (t == 0 && token != null) b.header("Authorization", "Bearer " + token);
            if (t == 1) b.header("X-Quanze-Token", randomAscii());
            if (rnd.nextBoolean()) b.header("Origin", pick(new String[]{"http://evil.example", "null", base, "file://"}));
        }
        HttpResponse<byte[]> res = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        sent++;
        check(method + " " + path, res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(), method.equals("HEAD"));
    }

    String randomAscii() {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + rnd.nextInt(12); i > 0; i--) s.append((char) ('a' + rnd.nextInt(26)));
        return s.toString();
    }

    /** A raw request over a socket: malformed request lines, headers and framing Java's client would refuse to send. */
    private void raw() throws IOException {
        URI u = URI.create(base);
        String[] lines = {"GET /a|b HTTP/1.1", "GET / HTTP/9.9", "garbage", "GET /%zz HTTP/1.1", "GET /%00 HTTP/1.1",
                "POST /api/v1/decisions HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{}",
                "POST /api/v1/decisions HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                "GET /api/v1/issuers HTTP/1.1\r\nX-Big: " + "a".repeat(20_000),
                "POST /api/v1/decisions HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n",
                "GET /\u00ff HTTP/1.1", "GET /api/v1/catalogue/items/%E4%B8 HTTP/1.1"};
        String req = pick(lines) + "\r\nHost: " + u.getHost() + ":" + u.getPort() + "\r\nConnection: close\r\n\r\n";
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(15_000);
            OutputStream o = s.getOutputStream();
            o.write(req.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = s.getInputStream();
            byte[] all = in.readAllBytes();
            sent++;
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) return; // connection closed without an answer: nothing leaked
            int status = Integer.parseInt(text.substring(9, 12));
            String head = text.substring(0, end);
            String type = head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13)).map(l -> l.substring(13).strip())
                    .findFirst().orElse("");
            String body = text.substring(end + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) body = body.replaceAll("(?m)^[0-9a-fA-F]+\r?$", "");
            check("RAW " + req.lines().findFirst().orElse(""), status, type, body.strip().getBytes(StandardCharsets.UTF_8), false);
        } catch (java.net.SocketTimeoutException e) {
            violations.add("RAW 请求无应答且未关闭：" + req.lines().findFirst().orElse(""));
        } catch (java.net.SocketException e) {
            sent++; // reset by the server after an error answer: acceptable
        }
    }

    void check(String what, int status, String type, byte[] body, boolean head) {
        statuses.merge(status, 1, Integer::sum);
        String text = new String(body, StandardCharsets.UTF_8);
        if (status >= 500) violations.add(status + " " + what + " → " + abbreviate(text));
        if (status >= 400 && !head) {
            if (!type.startsWith("application/problem+json")) {
                violations.add("非 problem+json（" + type + "）" + status + " " + what + " → " + abbreviate(text));
            } else {
                try {
                    JsonNode p = M.readTree(text);
                    if (!p.path("code").asText().matches("[A-Z][A-Z_0-9]+") || p.path("status").asInt() != status
                            || !p.path("detail").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        violations.add("problem 缺少 code/status/中文 detail：" + what + " → " + abbreviate(text));
                    }
                } catch (IOException e) {
                    violations.add("problem 不是 JSON：" + what + " → " + abbreviate(text));
                }
            }
        }
        if (!what.contains("/v3/api-docs")) {
            for (String name : INTERNAL) {
                if (text.contains(name)) violations.add("内部名称 " + name.strip() + "：" + status + " " + what + " → " + abbreviate(text));
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** {@code java cn.quanze.fuzz.Fuzzer BASE_URL REQUESTS SEED [TOKEN]}: exit 1 on any violation. */
    public static void main(String[] args) {
        Fuzzer f = new Fuzzer(Long.parseLong(args[2]), args[0], args.length > 3 ? args[3] : null);
        long t0 = System.nanoTime();
        f.run(Integer.parseInt(args[1]));
        System.out.printf("fuzz：%d 个请求，%.1f 秒，状态码 %s，违规 %d 处%n", f.sent, (System.nanoTime() - t0) / 1e9, f.statuses, f.violations.size());
        f.violations.stream().limit(30).forEach(v -> System.out.println("  " + v));
        System.exit(f.violations.isEmpty() ? 0 : 1);
    }
}
