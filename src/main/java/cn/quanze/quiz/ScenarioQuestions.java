package cn.quanze.quiz;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.BodyKind;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConditionKind;
import cn.quanze.catalogue.PowerType;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * 情景判断：may a township (or a county department) do this act under item N? Each scenario is a structured
 * {@link Probe}; {@link ScenarioQuestion} keys it from the engine's decision. The families, in pool order: the item's
 * own act, acts it does not grant and stage traps; simplified-procedure penalties; detention; the items' own
 * conditions; territory ({@link TerritoryScenarios}); a county department invoking the township catalogue.
 */
final class ScenarioQuestions implements QuestionSource {

    private static final List<Act> OTHER_ACTS = List.of(Act.APPROVE, Act.PENALIZE, Act.ENFORCE, Act.INSPECT);
    private static final String ASK = "这是否在乡镇权限内？";

    private final QuizContext ctx;
    private final ScenarioQuestion writer;

    ScenarioQuestions(QuizContext ctx) {
        this.ctx = ctx;
        this.writer = new ScenarioQuestion(ctx.authority());
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.SCENARIO;
    }

    @Override
    public List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        List<CatalogueItem> items = ctx.data().catalogue().items();
        Rotation towns = new Rotation(ctx.townships());
        for (CatalogueItem it : items) acts(it, towns, out);
        for (CatalogueItem it : items) if (simplified(it)) penalties(it, towns, out);
        for (CatalogueItem it : items) if (it.type() == PowerType.PENALTY && !simplified(it)) detention(it, towns.next(), out);
        for (CatalogueItem it : items) if (ConditionVariant.applies(it)) conditions(it, towns, out);
        out.addAll(new TerritoryScenarios(ctx, this).seeds());
        departments(items, out);
        return out;
    }

    /** The item's own act (unless it is conditioned), and the acts it does not grant: approval after review is a stage trap. */
    private void acts(CatalogueItem it, Rotation towns, List<Seed> out) {
        String town = towns.next();
        Act own = it.principalAct();
        if (!ConditionVariant.applies(it)) {
            out.add(seed("own/" + it.id() + "/" + own, it, town, own, Facts.NONE,
                    d -> Phrases.staff(town, it) + "拟依据" + Phrases.namedItem(it) + "，" + Phrases.act(ctx, own) + "。" + ASK));
        }
        for (Act a : OTHER_ACTS) {
            if (it.allows(a)) continue;
            String town2 = towns.next();
            boolean stage = a == Act.APPROVE && it.onlyEarlierStages();
            String text = stage
                    ? "群众向" + town2 + "人民政府提出申请，涉及" + Phrases.namedItem(it) + "。镇（乡）政府工作人员认为材料齐全，拟由镇（乡）政府直接作出批准决定。"
                    : Phrases.staff(town2, it) + "拟依据" + Phrases.namedItem(it) + "，" + Phrases.act(ctx, a) + "。";
            out.add(seed((stage ? "stage/" : "act/") + it.id() + "/" + a, it, town2, a, Facts.NONE, d -> text + ASK));
        }
    }

    private static boolean simplified(CatalogueItem it) {
        return it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE);
    }

    /** Items limited to cases 依法适用简易程序的: each penalty probe, keyed by the engine. */
    private void penalties(CatalogueItem it, Rotation towns, List<Seed> out) {
        for (PenaltyProbe p : PenaltyProbe.simplifiedProcedure(ctx.limits())) {
            String town = towns.next();
            out.add(seed("simple/" + it.id() + "/" + p.ref(), it, town, Act.PENALIZE, p.facts(),
                    d -> town + "执法人员在巡查中发现" + Phrases.party(p.party()) + "存在“" + Phrases.violation(it) + "”的行为，"
                            + "拟依据" + Phrases.item(it) + p.phrase() + "。" + ASK));
        }
    }

    private void detention(CatalogueItem it, String town, List<Seed> out) {
        Facts f = new PenaltyProbe(PartyType.INDIVIDUAL, PenaltyKind.DETENTION, null).facts();
        out.add(seed("detention/" + it.id(), it, town, Act.PENALIZE, f, d -> town + "执法人员查实某村民存在“" + Phrases.violation(it)
                + "”的行为，情节恶劣，有人提议由镇政府依据" + Phrases.item(it) + "对其处以行政拘留五日。" + ASK));
    }

    private void conditions(CatalogueItem it, Rotation towns, List<Seed> out) {
        Act act = it.principalAct();
        for (ConditionVariant v : ConditionVariant.of(it)) {
            String town = towns.next();
            out.add(seed("cond/" + it.id() + "/" + v.name(), it, town, act, v.facts(), d -> town + "人民政府拟依据" + Phrases.namedItem(it)
                    + "，" + Phrases.act(ctx, act) + "。已知情况：" + v.said() + "。" + ASK));
        }
    }

    /** A county department invoking the township catalogue: the catalogue does not settle its powers. */
    private void departments(List<CatalogueItem> items, List<Seed> out) {
        List<Body> depts = new ArrayList<>(ctx.data().bodies().all().stream().filter(b -> b.kind() == BodyKind.COUNTY_DEPARTMENT).toList());
        depts.sort(Comparator.comparing(Body::name));
        int di = 0;
        for (Body b : depts) {
            CatalogueItem it = items.get((di++ * 37) % items.size());
            if (ConditionVariant.applies(it) || simplified(it)) it = items.get((di * 37 + 1) % items.size());
            CatalogueItem item = it;
            Act act = item.principalAct();
            String text = b.name() + "工作人员拟依据" + Phrases.namedItem(item) + "，以本部门名义" + Phrases.act(ctx, act)
                    + "。仅依乡镇权责清单，能否判断该部门有此职权？";
            out.add(seed("body/" + b.name() + "/" + item.id(), item, new Probe(b.name(), item.id(), act, Facts.NONE),
                    Phrases.tags(item, false), d -> text));
        }
    }

    /** A township scenario; it turns on the penalty law when it names a penalty, or places a penalty case. */
    Seed seed(String ref, CatalogueItem it, String town, Act act, Facts f, Function<Difficulty, String> text) {
        boolean penaltyLaw = f.penalty() != null || (f.location() != null && it.type() == PowerType.PENALTY);
        return seed(ref, it, new Probe(town, it.id(), act, f), Phrases.tags(it, penaltyLaw), text);
    }

    private Seed seed(String ref, CatalogueItem it, Probe probe, List<String> tags, Function<Difficulty, String> text) {
        return new Seed(ref, QuestionKind.SCENARIO, tags,
                (id, r, rnd, d) -> writer.write(Stem.about(it, id, r, QuestionKind.SCENARIO, text.apply(d)), probe, rnd, d));
    }

    /** The township short names in turn, so that scenarios spread over all townships. */
    private static final class Rotation {
        private final List<String> towns;
        private int next;

        Rotation(List<String> towns) {
            this.towns = towns;
        }

        String next() {
            return towns.get(next++ % towns.size());
        }
    }
}
