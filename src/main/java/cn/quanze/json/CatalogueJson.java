package cn.quanze.json;

import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.Dataset;
import cn.quanze.catalogue.Place;
import cn.quanze.citation.Citation;
import cn.quanze.issuers.Issuer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The catalogue's JSON shape (`./quanze catalogue --json` and the service's catalogue endpoints). */
public final class CatalogueJson {
    private CatalogueJson() {}

    /** Everything: {"catalogue": {name, version, sha256, items}, "issuers", "bodies", "gazetteer"}. */
    public static ObjectNode of(Dataset d) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode cat = root.putObject("catalogue");
        cat.put("name", d.catalogue().name());
        cat.put("document", d.catalogue().document());
        cat.put("date", d.catalogue().date());
        cat.put("version", d.catalogue().version());
        cat.put("sha256", d.sha256());
        ArrayNode items = cat.putArray("items");
        for (CatalogueItem i : d.catalogue().items()) items.add(item(i));
        ArrayNode issuers = root.putArray("issuers");
        for (Issuer i : d.issuers().issuers()) {
            ObjectNode n = issuers.addObject();
            n.put("name", i.name());
            n.put("category", i.category());
            n.put("categoryName", i.categoryName());
            n.put("publishedNumber", i.publishedNumber());
            n.put("vertical", i.vertical());
        }
        ArrayNode bodies = root.putArray("bodies");
        for (Body b : d.bodies().all()) {
            ObjectNode n = bodies.addObject();
            n.put("name", b.name());
            n.put("kind", b.kind().name());
            n.put("parent", b.parent().isEmpty() ? null : b.parent());
            n.putPOJO("aliases", b.aliases());
        }
        ArrayNode gaz = root.putArray("gazetteer");
        for (Place p : d.gazetteer().all()) {
            ObjectNode n = gaz.addObject();
            n.put("township", p.township());
            n.put("name", p.name());
            n.put("type", p.type());
            n.putPOJO("aliases", p.aliases());
        }
        return root;
    }

    /** One item: id, type, name, basisText, basis (parsed), acts, conditions, exclusions, decidedBy. */
    /** {"ACT": {"REVIEW": "审核", …}, "VERDICT": {…}, …}: the names of catalog/vocabulary.tsv, for the page. */
    public static ObjectNode vocabulary(cn.quanze.catalogue.Vocabulary v) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        v.labels().forEach((kind, labels) -> {
            ObjectNode k = n.putObject(kind);
            labels.forEach(k::put);
        });
        return n;
    }

    public static ObjectNode item(CatalogueItem i) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("id", i.id());
        n.put("type", i.type().label());
        n.put("name", i.name());
        n.put("basisText", i.basisText());
        ArrayNode basis = n.putArray("basis");
        for (Citation c : i.basis()) {
            ObjectNode b = basis.addObject();
            b.put("source", c.source());
            b.put("edition", c.edition());
            b.putPOJO("provisions", c.provisionTexts());
            b.put("citation", c.citation());
        }
        n.putPOJO("acts", i.actsInOrder().stream().map(Enum::name).toList());
        n.putPOJO("actLabels", i.actsInOrder().stream().map(a -> a.label()).toList());
        n.putPOJO("conditions", i.conditions().stream().map(c -> c.kind().name()).toList());
        n.putPOJO("conditionWords", i.conditions().stream().map(c -> c.words()).toList());
        n.putPOJO("exclusions", i.exclusions());
        n.put("decidedBy", i.decidedBy().isEmpty() ? null : i.decidedBy());
        return n;
    }
}
