package cn.quanze.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Request bodies of the JSON API are limited (default 1 MiB, {@code quanze.max-body-bytes}): a declared
 * length over it is answered 413 at once; an undeclared (chunked) body is cut off when it passes it.
 * File uploads ({@code /api/v1/vetting/extract}) have their own multipart limit.
 */
@Component
public class BodySizeLimit extends OncePerRequestFilter {
    private final long max;
    private final ObjectMapper mapper;

    public BodySizeLimit(@Value("${quanze.max-body-bytes:1048576}") long max, ObjectMapper mapper) {
        this.max = max;
        this.mapper = mapper;
    }

    /** The body passed the limit. */
    public static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("请求体超过 " + (max % 1048576 == 0 ? max / 1048576 + " MiB" : max + " 字节") + " 的上限。");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/api/v1/vetting/extract");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (req.getContentLengthLong() > max) {
            // the body is not read: the connection is closed after the answer, not kept waiting for it
            res.setHeader("Connection", "close");
            Problems.write(res, req, mapper, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", new TooLarge(max).getMessage());
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(req) {
            ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) limited = new Limited(super.getInputStream(), max);
                return limited;
            }
        }, res);
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int check(int n) throws TooLarge {
            if (n > 0) {
                count += n;
                if (count > max) throw new TooLarge(max);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) check(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return check(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener l) {
            in.setReadListener(l);
        }
    }
}
