package cn.quanze.web;

import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.InvalidRequestException;
import cn.quanze.json.InputErrors;
import cn.quanze.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Authority decisions: one, or a batch (contract: HTTP). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class DecisionController {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DecisionController.class);
    private final Generations generations;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final int maxBatch;

    public DecisionController(Generations generations, AuditLog audit, ObjectMapper mapper,
                              @Value("${quanze.batch.max-size:1000}") int maxBatch) {
        this.generations = generations;
        this.audit = audit;
        this.mapper = mapper;
        this.maxBatch = maxBatch;
    }

    @Operation(summary = "一个权限查询请求 → 一个决定")
    @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Decision decide(@RequestBody AuthorityRequest request) {
        return decideAndLog(InputErrors.check(request));
    }

    @Operation(summary = "请求数组 → 决定数组（顺序相同；有误的元素就地返回 {id, error}）")
    @PostMapping(path = "/decisions:batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<Object> batch(@RequestBody JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "BATCH_NOT_ARRAY", "批量请求的请求体应为 JSON 数组，每个元素是一个权限查询请求。");
        }
        if (body.size() > maxBatch) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "BATCH_TOO_LARGE",
                    "批量请求共 " + body.size() + " 个，超过上限 " + maxBatch + " 个，请分批提交。");
        }
        List<Object> out = new ArrayList<>(body.size());
        int n = 0;
        for (JsonNode el : body) {
            n++;
            Object id = null;
            if (!(el instanceof ObjectNode obj)) {
                out.add(Json.error(null, "INVALID_REQUEST", "第 " + n + " 个元素不是 JSON 对象。"));
                continue;
            }
            if (obj.hasNonNull("id")) id = obj.get("id").isTextual() ? obj.get("id").asText() : obj.get("id");
            try {
                AuthorityRequest r = InputErrors.check(mapper.treeToValue(obj, AuthorityRequest.class));
                out.add(decideAndLog(r));
            } catch (InvalidRequestException e) {
                out.add(Json.error(id, e.code(), "第 " + n + " 个元素：" + e.getMessage()));
            } catch (JsonProcessingException e) {
                out.add(Json.error(id, Json.batchCodeOf(e), "第 " + n + " 个元素字段有误：" + Json.describe(e)));
            } catch (AuditLog.Unavailable e) {
                throw e; // nothing is acknowledged that could not be logged
            } catch (RuntimeException e) {
                // a fault of ours on one element must not cost the others their answers; its text stays internal
                LOG.error("批量请求第 {} 个元素处理失败", n, e);
                out.add(Json.error(id, "INTERNAL_ERROR", "第 " + n + " 个元素处理失败（内部错误），其余元素照常处理。"));
            }
        }
        return out;
    }

    private Decision decideAndLog(AuthorityRequest r) {
        Decision d;
        try (Generations.Lease g = generations.lease()) {
            d = g.quanze().authority().decide(r);
        }
        audit.append("decision", d.body() != null && d.body().name() != null ? d.body().name() : r.body(), r,
                d.verdict().name(), d.reasons().stream().map(Decision.Reason::code).toList(),
                d.catalogue().sha256(), d.rulesFired());
        return d;
    }

}
