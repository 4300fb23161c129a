package cn.quanze.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reloading catalog/ and rules/ without a restart, after the office has edited them. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class AdminController {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminController.class);
    private final Generations generations;
    private final ObjectMapper mapper;

    public AdminController(Generations generations, ObjectMapper mapper) {
        this.generations = generations;
        this.mapper = mapper;
    }

    @Operation(summary = "重新载入清单数据和规则：先完整校验，校验不通过则继续使用原数据")
    @PostMapping("/reload")
    public ObjectNode reload() {
        String before = generations.view().catalogueInfo().path("sha256").asText();
        Generations.Generation fresh;
        try {
            fresh = generations.reload();
        } catch (Generations.ReloadInProgress e) {
            throw new ApiException(HttpStatus.CONFLICT, "RELOAD_IN_PROGRESS", "另一次重新载入正在进行，请稍后再试；当前继续使用原数据和规则。");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("重新载入被拒绝，继续使用原数据和规则", e);
            LoadRefusal r = LoadRefusal.of(e);
            if (r == null) r = new LoadRefusal("RELOAD_REFUSED", "新数据或规则未能载入（原因已写入服务日志）。");
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, r.code(), "未重新载入，继续使用原数据和规则。" + r.message());
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("previousSha256", before);
        n.put("sha256", fresh.quanze().data().sha256());
        n.put("rules", fresh.quanze().engine().ruleNames().size());
        n.put("message", "已重新载入：" + fresh.quanze().data().catalogue().name() + "，规则 " + fresh.quanze().engine().ruleNames().size() + " 条。");
        return n;
    }
}
