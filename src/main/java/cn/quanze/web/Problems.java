package cn.quanze.web;

import cn.quanze.decision.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.stream.Collectors;

/**
 * Every error as {@code application/problem+json}: 4xx with a Chinese {@code detail} and a stable English
 * {@code code} for anything a client sent; never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, HttpServletRequest req) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(titleOf(status));
        pd.setType(URI.create("urn:quanze:problem:" + code)); // a name, not a page: no site is promised
        pd.setProperty("code", code);
        if (req != null) pd.setInstance(URI.create(req.getRequestURI().replace(" ", "%20")));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** Writes a problem straight to the response, for filters that answer before any controller. */
    static void write(jakarta.servlet.http.HttpServletResponse res, HttpServletRequest req,
                      com.fasterxml.jackson.databind.ObjectMapper mapper, HttpStatus status, String code, String detail)
            throws java.io.IOException {
        var p = problem(status, code, detail, req);
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        ProblemDetail d = p.getBody();
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(d.getType()));
        body.put("title", d.getTitle());
        body.put("status", d.getStatus());
        body.put("detail", d.getDetail());
        if (d.getInstance() != null) body.put("instance", d.getInstance().toString());
        if (d.getProperties() != null) body.putAll(d.getProperties());
        res.getOutputStream().write(mapper.writeValueAsBytes(body));
    }

    static String titleOf(HttpStatus s) {
        return switch (s) {
            case BAD_REQUEST -> "请求有误";
            case NOT_FOUND -> "未找到";
            case METHOD_NOT_ALLOWED -> "不支持该请求方法";
            case NOT_ACCEPTABLE -> "无法提供所要求的格式";
            case PAYLOAD_TOO_LARGE -> "请求过大";
            case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
            case UNAUTHORIZED -> "需要管理令牌";
            case FORBIDDEN -> "拒绝访问";
            case CONFLICT -> "与当前状态冲突";
            case UNPROCESSABLE_ENTITY -> "无法处理";
            case SERVICE_UNAVAILABLE -> "服务暂时不可用";
            default -> s.is5xxServerError() ? "服务器内部错误" : "请求有误";
        };
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest req) {
        return problem(e.status(), e.code(), e.getMessage(), req);
    }

    @ExceptionHandler(AuditLog.Unavailable.class)
    ResponseEntity<ProblemDetail> auditUnavailable(AuditLog.Unavailable e, HttpServletRequest req) {
        ResponseEntity<ProblemDetail> r = problem(HttpStatus.SERVICE_UNAVAILABLE, "AUDIT_LOG_UNAVAILABLE",
                "决定日志暂时无法写入（如磁盘已满），本次结果未予确认，请稍后再试或联系管理员。", req);
        return ResponseEntity.status(r.getStatusCode()).header("Retry-After", "30")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(r.getBody());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, HttpServletRequest req) {
        return problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(), req);
    }

    @ExceptionHandler(BodySizeLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodySizeLimit.TooLarge e, HttpServletRequest req) {
        ResponseEntity<ProblemDetail> r = problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage(), req);
        // the rest of the body is not read: close the connection rather than keep it open for it
        return ResponseEntity.status(r.getStatusCode()).header("Connection", "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(r.getBody());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimit.TooLarge tl) return tooLarge(tl, req);
        }
        Throwable c = e.getCause();
        if (c == null) {
            return problem(HttpStatus.BAD_REQUEST, "MISSING_REQUEST_BODY", "请求体为空：请提交一个 JSON 对象。", req);
        }
        if (c instanceof JsonProcessingException jpe) {
            String code = codeOf(jpe);
            return problem(HttpStatus.BAD_REQUEST, code, describe(jpe), req);
        }
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求体无法读取：请提交有效的 JSON。", req);
    }

    static String codeOf(JsonProcessingException e) {
        return cn.quanze.json.Json.codeOf(e);
    }

    /** A Chinese description of a JSON reading problem, naming the field. */
    static String describe(JsonProcessingException e) {
        String d = cn.quanze.json.Json.describe(e);
        return d.startsWith("字段") || d.startsWith("第") || d.startsWith("未知字段") ? d : "请求体" + d;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        String got = e.getContentType() == null ? "（未声明）" : e.getContentType().toString();
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "不支持的内容类型 " + got + "；请以 application/json 提交。", req);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "本接口只返回 application/json。", req);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : "；可用：" + e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining("、"));
        ResponseEntity<ProblemDetail> r = problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "该地址不支持 " + e.getMethod() + " 请求" + allowed + "。", req);
        if (e.getSupportedHttpMethods() != null) {
            return ResponseEntity.status(r.getStatusCode()).headers(h -> h.setAllow(e.getSupportedHttpMethods()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(r.getBody());
        }
        return r;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest req) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "没有这个地址：/" + e.getResourcePath() + "。", req);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest req) {
        String name = e.getPropertyName() == null ? "参数" : e.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, "WRONG_TYPE", "参数 " + name + " 的值 “" + e.getValue() + "” 类型不对，应为"
                + cn.quanze.json.Json.typeWords(e.getRequiredType()) + "。", req);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e, HttpServletRequest req) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "缺少参数 " + e.getParameterName() + "。", req);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest req) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_FILE", "缺少上传的文件（表单字段 " + e.getRequestPartName() + "）。", req);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "上传的文件过大（上限 10 MiB）。", req);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest req) {
        return problem(HttpStatus.BAD_REQUEST, "BAD_MULTIPART", "上传的表单无法读取，请以 multipart/form-data 提交 file 字段。", req);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest req) {
        if (e instanceof org.springframework.web.ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            HttpStatus s = HttpStatus.valueOf(er.getStatusCode().value());
            return problem(s, "BAD_REQUEST", titleOf(s) + "。", req);
        }
        LOG.error("处理 {} 时出错", req.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务器内部错误，已记录；请稍后再试或联系管理员。", req);
    }
}
