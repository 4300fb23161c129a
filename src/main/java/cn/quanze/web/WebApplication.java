package cn.quanze.web;

import cn.quanze.Quanze;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/** The HTTP service and web page ({@code ./quanze serve}). The only place Spring is used. */
@SpringBootApplication(scanBasePackages = "cn.quanze.web")
public class WebApplication {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplication.class);

    /** The loaded data and rules, replaced on reload and closed with the application context. */
    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
    public Generations generations(@Value("${quanze.home:}") String home) {
        return new Generations(home == null || home.isBlank() ? Quanze.defaultHome() : Path.of(home).toAbsolutePath().normalize());
    }

    /** The contract's JSON rules (unknown fields refused, {@code item} for {@code itemId}) for the service too. */
    @Bean
    public org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer contractJson() {
        return b -> b.postConfigurer(cn.quanze.json.Json::configure);
    }

    @Bean(destroyMethod = "close")
    public AuditLog auditLog(@Value("${quanze.data-dir:./data}") String dataDir,
                             @Value("${quanze.audit.max-bytes:67108864}") long maxBytes,
                             @Value("${quanze.audit.rotate-daily:true}") boolean daily,
                             @Value("${quanze.audit.retention-days:0}") int retentionDays,
                             @Value("${quanze.audit.max-text-chars:4096}") int maxTextChars) {
        AuditLog log = AuditLog.open(Path.of(dataDir).toAbsolutePath().normalize(),
                new AuditLog.Settings(maxBytes, daily, retentionDays, maxTextChars));
        log.setAside().ifPresent(p -> LOG.warn("决定日志中无法解析的行已另存为 {}", p));
        return log;
    }

    @Bean
    public AdminToken adminToken(@Value("${quanze.admin-token:}") String configured,
                                 @Value("${quanze.data-dir:./data}") String dataDir) {
        return AdminToken.load(configured, Path.of(dataDir).toAbsolutePath().normalize());
    }

}
