package cn.quanze.engine;

import cn.quanze.catalogue.Revision;

import java.util.Set;

/** A revision of a cited law, as the rules see it; inserted once per session. */
public final class RevisionFact {
    private final Revision revision;

    public RevisionFact(Revision revision) {
        this.revision = revision;
    }

    public Set<Integer> getItems() { return revision.items(); }
    public long getInForceDay() { return revision.inForce().toEpochDay(); }
    public boolean isConfirmed() { return revision.confirmed(); }

    /** The note for a person: what changed, from when, and how the articles map. */
    public String getNote() {
        return "所引《" + revision.source() + "》（清单所引：" + revision.citedEdition() + "）已有新文本：" + revision.newEdition()
                + "，" + revision.inForce() + "起施行；" + revision.mapping() + "。"
                + (revision.confirmed() ? "" : "（此项修订情况未经核实。）");
    }
}
