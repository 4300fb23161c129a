package cn.quanze.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Errors that never reach a controller are problem+json too: the servlet container's error dispatch to
 * {@code /error} (and {@code /error} asked for directly), and Tomcat's own error reports (a malformed request
 * line, an invalid URI, headers too large), which would otherwise be an HTML page.
 */
@RestController
public class ErrorPages implements ErrorController {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest req) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || status.value() < 400) {
            // /error asked for directly: there is no such page
            return Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "没有这个地址：/error。", req);
        }
        String uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String s ? s : req.getRequestURI();
        ResponseEntity<ProblemDetail> r = Problems.problem(status, codeOf(status), detailOf(status, uri), req);
        r.getBody().setInstance(URI.create(safe(uri)));
        return r;
    }

    static String codeOf(HttpStatus s) {
        return switch (s) {
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "HEADERS_TOO_LARGE";
            case URI_TOO_LONG -> "URI_TOO_LONG";
            case REQUEST_TIMEOUT -> "REQUEST_TIMEOUT";
            case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
            default -> s.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    static String detailOf(HttpStatus s, String uri) {
        return switch (s) {
            case NOT_FOUND -> "没有这个地址。";
            case METHOD_NOT_ALLOWED -> "该地址不支持这种请求方法。";
            case PAYLOAD_TOO_LARGE -> "请求体过大。";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型；请以 application/json 提交。";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "请求头过大。";
            case URI_TOO_LONG -> "请求地址过长。";
            case REQUEST_TIMEOUT -> "请求发送超时。";
            case SERVICE_UNAVAILABLE -> "服务暂时不可用，请稍后再试。";
            default -> s.is5xxServerError() ? "服务器内部错误，已记录；请稍后再试或联系管理员。"
                    : "请求无法处理：请检查请求行、地址和请求头是否符合 HTTP 规范。";
        };
    }

    static String safe(String uri) {
        StringBuilder b = new StringBuilder();
        for (char c : (uri == null ? "/" : uri).toCharArray()) {
            if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}' && c != '%') b.append(c);
            else b.append('_');
        }
        try {
            return URI.create(b.toString()).toString();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Tomcat's error report, written as problem+json in place of its HTML page. */
    public static final class ProblemValve extends ErrorReportValve {
        public ProblemValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || response.isCommitted()) return;
            // an error status set without a body (e.g. 406 when the Accept header ruled out even the problem) gets one too
            if (response.isError() && !response.setErrorReported()) return;
            if (code == 505) {
                // an HTTP version we do not speak is the client's doing: 4xx, never 5xx
                code = 400;
                response.setStatus(400);
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
            String uri = request.getDecodedRequestURI();
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", "urn:quanze:problem:" + codeOf(status));
            body.put("title", Problems.titleOf(status));
            body.put("status", code);
            body.put("detail", detailOf(status, uri));
            body.put("instance", safe(uri));
            body.put("code", codeOf(status));
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                byte[] bytes = MAPPER.writeValueAsBytes(body);
                response.setContentLength(bytes.length);
                var out = response.getOutputStream();
                out.write(bytes);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone; nothing more to say
            }
        }
    }

    /** TRACE is never echoed: 405 problem+json. */
    @Component
    @org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
    static class NoTrace extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
            if (!"TRACE".equalsIgnoreCase(req.getMethod())) {
                chain.doFilter(req, res);
                return;
            }
            res.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            Problems.write(res, req, MAPPER, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持 TRACE 请求。");
        }
    }

    /** Puts {@link ProblemValve} in place of every other error report valve of the host. */
    @Component
    static class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // TRACE reaches the application (so it can be refused as problem+json below) instead of the connector's bare 405
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve v : pipeline.getValves()) {
                    if (v instanceof ErrorReportValve && !(v instanceof ProblemValve)) pipeline.removeValve(v);
                }
                if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                    host.setErrorReportValveClass(ProblemValve.class.getName());
                }
                pipeline.addValve(new ProblemValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
