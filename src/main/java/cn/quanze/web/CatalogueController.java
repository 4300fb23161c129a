package cn.quanze.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The catalogue items, the issuer list and the body directory (same shapes as {@code catalogue --json}). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class CatalogueController {
    private final Generations generations;

    public CatalogueController(Generations generations) {
        this.generations = generations;
    }

    @Operation(summary = "清单事项（可按职权类型 type 筛选、按 q 搜索序号、名称或依据）")
    @GetMapping("/catalogue/items")
    public List<JsonNode> items(@RequestParam(required = false) String type, @RequestParam(required = false) String q) {
        return generations.view().items(type, q);
    }

    @Operation(summary = "一个清单事项（序号 1–152），含逐条解析的依据")
    @GetMapping("/catalogue/items/{id}")
    public JsonNode item(@PathVariable("id") int id) {
        CatalogueView view = generations.view();
        return view.item(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "UNKNOWN_ITEM",
                "清单中没有第 " + id + " 项（序号应为 1–" + view.catalogueInfo().path("itemCount").asInt() + "）。"));
    }

    @Operation(summary = "清单名称、版本和 SHA-256")
    @GetMapping("/catalogue")
    public JsonNode catalogue() {
        return generations.view().catalogueInfo();
    }

    @Operation(summary = "县级行政规范性文件制定主体清单")
    @GetMapping("/issuers")
    public JsonNode issuers() {
        return generations.view().issuers();
    }

    @Operation(summary = "用语表：行为、处罚种类、当事人、结论和职权类型的代码与中文名称")
    @GetMapping("/vocabulary")
    public JsonNode vocabulary() {
        return generations.view().vocabulary();
    }

    @Operation(summary = "机构名录（含简称）")
    @GetMapping("/bodies")
    public JsonNode bodies() {
        return generations.view().bodies();
    }
}
