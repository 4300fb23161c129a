package cn.quanze.web;

import org.springframework.http.HttpStatus;

/** A client error with a stable English code and a Chinese detail; rendered as problem+json. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
