package cn.quanze.catalogue;

import java.util.List;

/** A village or community the gazette places in a township. */
public record Place(String township, String name, String type, List<String> aliases, int line) {
    public Place {
        aliases = List.copyOf(aliases);
    }
}
