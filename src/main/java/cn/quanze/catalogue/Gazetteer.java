package cn.quanze.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places by name. A name found in two townships (李家庄村) stays ambiguous: it resolves to both,
 * never to whichever was read last.
 */
public final class Gazetteer {

    /** The outcome of looking a place up. */
    public record Resolution(String input, Set<String> townships, List<Place> places) {
        public boolean unique() {
            return townships.size() == 1;
        }

        public boolean ambiguous() {
            return townships.size() > 1;
        }

        public boolean unknown() {
            return townships.isEmpty();
        }

        public String township() {
            return unique() ? townships.iterator().next() : null;
        }
    }

    private final List<Place> places;
    private final Set<String> townships;
    private final Map<String, List<Place>> byName = new LinkedHashMap<>();

    public Gazetteer(List<Place> places, Set<String> townships) {
        this.places = List.copyOf(places);
        this.townships = Set.copyOf(townships);
        for (Place p : places) {
            byName.computeIfAbsent(BodyDirectory.key(p.name()), k -> new ArrayList<>()).add(p);
            for (String a : p.aliases()) {
                List<Place> l = byName.computeIfAbsent(BodyDirectory.key(a), k -> new ArrayList<>());
                if (!l.contains(p)) l.add(p);
            }
        }
    }

    public List<Place> all() {
        return places;
    }

    /** Every name a place is known by, for reading places out of free text (longest first). */
    public List<String> names() {
        List<String> names = new ArrayList<>(byName.keySet());
        for (String t : townships) {
            names.add(t);
        }
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    public Resolution resolve(String input) {
        if (input == null || input.isBlank()) return new Resolution(input, Set.of(), List.of());
        String k = BodyDirectory.key(input);
        if (k.startsWith("五台县")) k = k.substring(3);
        String township = k.endsWith("人民政府") ? k.substring(0, k.length() - 4) : k;
        if (townships.contains(township)) return new Resolution(input, Set.of(township), List.of());
        List<Place> found = byName.getOrDefault(k, List.of());
        if (found.isEmpty() && !k.endsWith("村") && !k.endsWith("社区")) {
            found = byName.getOrDefault(k + "村", List.of());
        }
        Set<String> ts = new LinkedHashSet<>();
        found.forEach(p -> ts.add(p.township()));
        return new Resolution(input, ts, found);
    }
}
