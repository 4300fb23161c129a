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
    public String getSource() { return revision.source(); }
    public String getNewEdition() { return revision.newEdition(); }
    public String getInForce() { return revision.inForce().toString(); }

    public String getCitedEdition() { return revision.citedEdition(); }

    /** Whether the mapping gives the cited article another number, or lists it as having none. */
    public boolean renumbers(int article) { return revision.successor(article) != null; }

    /** What the new text puts in place of the cited article, or null. */
    public String successor(int article) { return revision.successor(article); }

    /** The note for a person: what changed, from when, and how the articles map. */
    public String getNote() {
        return "所引《" + revision.source() + "》（清单所引：" + revision.citedEdition() + "）已有新文本：" + revision.newEdition()
                + "，" + revision.inForce() + "起施行；" + revision.mapping() + "。"
                + (revision.confirmed() ? "" : "（此项修订情况未经核实。）");
    }
}
