package cn.quanze.web;

import cn.quanze.catalogue.Dataset;
import cn.quanze.json.CatalogueJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue, issuer and body JSON served by the API, built once from the same code as
 * {@code ./quanze catalogue --json} (so the shapes are identical).
 */
public final class CatalogueView {
    private final ObjectNode root;
    private final List<JsonNode> items = new ArrayList<>();
    private final JsonNode vocabulary;

    public CatalogueView(Dataset data) {
        this.root = CatalogueJson.of(data);
        this.vocabulary = CatalogueJson.vocabulary(data.vocabulary());
        root.path("catalogue").path("items").forEach(items::add);
    }

    /** Items, optionally filtered by 职权类型 label and by a search text (in 序号, name or basis). */
    public List<JsonNode> items(String type, String q) {
        String query = q == null ? "" : q.strip();
        return items.stream()
                .filter(i -> type == null || type.isBlank() || type.equals(i.path("type").asText()))
                .filter(i -> query.isEmpty() || i.path("id").asText().equals(query)
                        || i.path("name").asText().contains(query) || i.path("basisText").asText().contains(query))
                .toList();
    }

    public Optional<JsonNode> item(int id) {
        return items.stream().filter(i -> i.path("id").asInt() == id).findFirst();
    }

    public JsonNode catalogueInfo() {
        ObjectNode c = root.path("catalogue").deepCopy();
        c.remove("items");
        c.put("itemCount", items.size());
        return c;
    }

    public JsonNode issuers() {
        return root.path("issuers");
    }

    /** Code → Chinese name of every act, penalty kind, party, verdict and power type (catalog/vocabulary.tsv). */
    public JsonNode vocabulary() {
        return vocabulary;
    }

    public JsonNode bodies() {
        return root.path("bodies");
    }
}
