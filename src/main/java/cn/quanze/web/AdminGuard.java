package cn.quanze.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * The admin endpoints ({@code /api/v1/admin/**}): a request from another origin is refused (403) whatever it
 * carries, so a web page a clerk opens cannot reach them; then the admin token is required
 * ({@code Authorization: Bearer …} or {@code X-Quanze-Token}), else 401.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AdminGuard extends OncePerRequestFilter {
    private final AdminToken token;
    private final ObjectMapper mapper;

    public AdminGuard(AdminToken token, ObjectMapper mapper) {
        this.token = token;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !(uri.startsWith("/api/v1/admin/") || uri.equals("/api/v1/admin"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (crossOrigin(req)) {
            Problems.write(res, req, mapper, HttpStatus.FORBIDDEN, "CROSS_ORIGIN_REFUSED",
                    "管理接口拒绝来自其他网站的请求（Origin 与本服务不同）。");
            return;
        }
        String presented = req.getHeader("X-Quanze-Token");
        String auth = req.getHeader("Authorization");
        if (presented == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) presented = auth.substring(7);
        if (!token.matches(presented)) {
            res.setHeader("WWW-Authenticate", "Bearer realm=\"quanze-admin\"");
            Problems.write(res, req, mapper, HttpStatus.UNAUTHORIZED, presented == null ? "ADMIN_TOKEN_REQUIRED" : "ADMIN_TOKEN_INVALID",
                    presented == null ? "管理接口需要管理令牌：请在请求头 Authorization: Bearer <令牌> 或 X-Quanze-Token 中提供（令牌见数据目录下的 admin-token 文件）。"
                            : "管理令牌不正确。");
            return;
        }
        chain.doFilter(req, res);
    }

    /** An Origin (or Sec-Fetch-Site) that is not this service's own. Requests without either (curl, scripts) pass. */
    static boolean crossOrigin(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) return true;
        String origin = req.getHeader("Origin");
        if (origin == null) return false;
        String host = req.getHeader("Host");
        if (host == null || origin.equals("null")) return true;
        try {
            URI o = URI.create(origin.strip());
            String scheme = o.getScheme() == null ? "" : o.getScheme().toLowerCase(Locale.ROOT);
            int port = o.getPort() != -1 ? o.getPort() : scheme.equals("https") ? 443 : 80;
            URI h = URI.create(req.getScheme() + "://" + host.strip());
            int hostPort = h.getPort() != -1 ? h.getPort() : req.getScheme().equals("https") ? 443 : 80;
            return !(scheme.equals(req.getScheme()) && o.getHost() != null && h.getHost() != null
                    && o.getHost().equalsIgnoreCase(h.getHost()) && port == hostPort);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
