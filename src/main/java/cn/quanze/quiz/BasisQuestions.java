package cn.quanze.quiz;

import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.citation.Citation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** 职权依据：which citation is item N's basis; distractors are other items' citations of other laws. */
final class BasisQuestions implements QuestionSource {

    /** One citation of one item. */
    record Cited(CatalogueItem item, Citation citation) {}

    private final QuizContext ctx;
    private final List<Cited> allCites = new ArrayList<>();

    BasisQuestions(QuizContext ctx) {
        this.ctx = ctx;
        for (CatalogueItem it : ctx.data().catalogue().items()) for (Citation c : it.basis()) allCites.add(new Cited(it, c));
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.BASIS;
    }

    @Override
    public List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        for (CatalogueItem it : ctx.data().catalogue().items()) {
            Set<String> own = new LinkedHashSet<>();
            for (Citation c : it.basis()) own.add(c.source());
            Set<String> seen = new LinkedHashSet<>();
            for (Citation c : it.basis()) {
                if (c.provisions().isEmpty() || !seen.add(c.citation())) continue;
                out.add(new Seed("basis/" + it.id() + "/" + c.citation(), QuestionKind.BASIS, Phrases.tags(it, false),
                        (id, ref, rnd, d) -> question(id, ref, it, c, own, rnd, d)));
            }
        }
        return out;
    }

    private Question question(String id, String ref, CatalogueItem it, Citation key, Set<String> ownSources, Random rnd, Difficulty d) {
        List<Cited> cands = candidates(it, ownSources, d);
        Collections.shuffle(cands, rnd);
        int want = d == Difficulty.EASY ? 2 : 3;
        Set<String> used = new LinkedHashSet<>(ownSources);
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", key.citation(), true, "正确。第" + it.id() + "项的职权依据（原文）：" + it.basisText(), null, null));
        for (Cited oc : cands) {
            if (opts.size() > want) break;
            if (!used.add(oc.citation().source())) continue;
            opts.add(new Option("", oc.citation().citation(), false, "错误：这是第" + oc.item().id() + "项“" + oc.item().name() + "”的依据，第"
                    + it.id() + "项的依据中没有《" + oc.citation().source() + "》。", null, null));
        }
        Collections.shuffle(opts, rnd);
        String text = Phrases.namedItem(it) + "（" + it.type().label() + "）的职权依据" + (it.basis().size() > 1 ? "包括" : "是") + "下列哪一项？";
        List<String> basis = new ArrayList<>();
        for (Citation c : it.basis()) basis.add(c.citation());
        String expl = "第" + it.id() + "项“" + it.name() + "”的职权依据为：" + String.join("；", basis) + "。";
        return Stem.about(it, id, ref, QuestionKind.BASIS, text).question(opts, expl, basis);
    }

    /** Other items' citations of laws the item does not cite; on HARD, of items of the same type when there are enough. */
    private List<Cited> candidates(CatalogueItem it, Set<String> ownSources, Difficulty d) {
        List<Cited> cands = new ArrayList<>();
        for (Cited oc : allCites) {
            if (!foreign(oc, it, ownSources)) continue;
            if (d == Difficulty.HARD && oc.item().type() != it.type()) continue;
            cands.add(oc);
        }
        if (cands.size() >= 3) return cands;
        cands.clear();
        for (Cited oc : allCites) if (foreign(oc, it, ownSources)) cands.add(oc);
        return cands;
    }

    private static boolean foreign(Cited oc, CatalogueItem it, Set<String> ownSources) {
        return oc.item().id() != it.id() && !oc.citation().provisions().isEmpty() && !ownSources.contains(oc.citation().source());
    }
}
