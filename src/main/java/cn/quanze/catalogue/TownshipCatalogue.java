package cn.quanze.catalogue;

import java.util.List;
import java.util.Optional;

/** The township power catalogue: its identity (name, document, version) and its 152 items. */
public record TownshipCatalogue(String name, String document, String date, String version, List<CatalogueItem> items) {

    public TownshipCatalogue {
        items = List.copyOf(items);
    }

    public Optional<CatalogueItem> item(int id) {
        return id >= 1 && id <= items.size() && items.get(id - 1).id() == id
                ? Optional.of(items.get(id - 1))
                : items.stream().filter(i -> i.id() == id).findFirst();
    }
}
