package cn.quanze.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves what a user typed (full name, short form, alias) to a body. */
public final class BodyDirectory {

    private final List<Body> bodies;
    private final Map<String, Body> byKey = new HashMap<>();

    public BodyDirectory(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
        for (Body b : bodies) {
            byKey.putIfAbsent(key(b.name()), b);
            for (String alias : b.aliases()) byKey.putIfAbsent(key(alias), b);
        }
    }

    public List<Body> all() {
        return bodies;
    }

    public Optional<Body> byName(String canonicalName) {
        return bodies.stream().filter(b -> b.name().equals(canonicalName)).findFirst();
    }

    public Optional<Body> resolve(String input) {
        if (input == null || input.isBlank()) return Optional.empty();
        String k = key(input);
        Body b = byKey.get(k);
        if (b != null) return Optional.of(b);
        // 五台县X局 and 县X局 are the same body; so are X and 五台县X for townships.
        if (k.startsWith("五台县")) {
            b = byKey.get(key("县" + k.substring(3)));
            if (b == null) b = byKey.get(key(k.substring(3)));
        } else if (!k.startsWith("县")) {
            b = byKey.get(key("县" + k));
        }
        return Optional.ofNullable(b);
    }

    /** Normalises full-width/half-width forms and whitespace so that lookups forgive typing. */
    static String key(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == 0x3000) return;
            if (cp == '(') cp = '（';
            else if (cp == ')') cp = '）';
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
