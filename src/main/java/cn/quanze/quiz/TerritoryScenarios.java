package cn.quanze.quiz;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ConditionKind;
import cn.quanze.catalogue.Place;
import cn.quanze.catalogue.PowerType;
import cn.quanze.decision.Facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Territory scenarios: for each village the gazetteer resolves to one township, a township acting there under a
 * territorial item, once a neighbour township and once its own.
 */
final class TerritoryScenarios {

    private final QuizContext ctx;
    private final ScenarioQuestions scenarios;

    TerritoryScenarios(QuizContext ctx, ScenarioQuestions scenarios) {
        this.ctx = ctx;
        this.scenarios = scenarios;
    }

    List<Seed> seeds() {
        List<CatalogueItem> local = territorialItems();
        List<String> townships = ctx.townships();
        List<Seed> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int li = 0;
        for (Place p : places()) {
            if (!seen.add(p.name())) continue;
            for (boolean foreign : new boolean[]{true, false}) {
                CatalogueItem it = local.get(li++ % local.size());
                String town = foreign ? neighbour(townships, p.township(), li) : p.township();
                out.add(seed(p, town, it));
            }
        }
        return out;
    }

    /** Penalty, inspection and 本辖区 items that set no other condition. */
    private List<CatalogueItem> territorialItems() {
        List<CatalogueItem> local = new ArrayList<>();
        for (CatalogueItem it : ctx.data().catalogue().items()) {
            if (ConditionVariant.applies(it) || it.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)) continue;
            if (it.type() == PowerType.PENALTY || it.type() == PowerType.INSPECTION || it.hasCondition(ConditionKind.WITHIN_TERRITORY)) local.add(it);
        }
        return local;
    }

    /** Places whose name resolves to one place, in a township of the list, by township then name. */
    private List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (Place p : ctx.data().gazetteer().all()) {
            if (ctx.data().gazetteer().resolve(p.name()).unique() && ctx.townships().contains(p.township())) places.add(p);
        }
        places.sort(Comparator.comparing((Place p) -> p.township() + "/" + p.name()));
        return places;
    }

    /** Another township than the place's, chosen by turn. */
    private static String neighbour(List<String> townships, String own, int turn) {
        int idx = (townships.indexOf(own) + 1 + (turn % (townships.size() - 1))) % townships.size();
        String town = townships.get(idx);
        return town.equals(own) ? townships.get((idx + 1) % townships.size()) : town;
    }

    private Seed seed(Place p, String t, CatalogueItem it) {
        Act act = it.principalAct();
        Facts f = Facts.builder().location(p.name()).build();
        return scenarios.seed("place/" + p.name() + "/" + t + "/" + it.id(), it, t, act, f, d -> {
            String where = d == Difficulty.HARD ? p.name() : p.township() + p.name();
            return it.type() == PowerType.PENALTY
                    ? t + "执法人员在" + where + "发现有人存在“" + Phrases.violation(it) + "”的行为，拟由" + t + "人民政府依据"
                    + Phrases.item(it) + Phrases.act(ctx, act) + "。这是否在" + t + "的权限内？"
                    : t + "人民政府工作人员拟到" + where + "，依据" + Phrases.namedItem(it) + Phrases.act(ctx, act) + "。这是否在" + t + "的权限内？";
        });
    }
}
