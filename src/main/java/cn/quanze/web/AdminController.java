package cn.quanze.web;

import cn.quanze.catalogue.CatalogueException;
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
        } catch (CatalogueException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "DATA_REFUSED", "新数据未通过校验，继续使用原数据。" + e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "RULES_REFUSED", "规则未能编译，继续使用原规则。" + e.getMessage());
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("previousSha256", before);
        n.put("sha256", fresh.quanze().data().sha256());
        n.put("rules", fresh.quanze().engine().ruleNames().size());
        n.put("message", "已重新载入：" + fresh.quanze().data().catalogue().name() + "，规则 " + fresh.quanze().engine().ruleNames().size() + " 条。");
        return n;
    }
}
