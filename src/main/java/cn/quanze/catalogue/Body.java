package cn.quanze.catalogue;

import java.util.List;

/** A body the gazette names: canonical name, kind, parent (for internal units and offices) and aliases. */
public record Body(String name, BodyKind kind, String parent, List<String> aliases, int line) {

    public Body {
        aliases = List.copyOf(aliases);
    }

    public boolean isTownshipGovernment() {
        return kind == BodyKind.TOWNSHIP_GOVERNMENT;
    }

    /** 东冶镇人民政府 → 东冶镇; other bodies keep their name. */
    public String shortTownshipName() {
        return name.endsWith("人民政府") ? name.substring(0, name.length() - 4) : name;
    }
}
