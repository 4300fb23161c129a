package cn.quanze.quiz;

import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.PowerType;
import cn.quanze.citation.Citation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** 职权类型：which of the nine power types the catalogue files item N under. Keyed from the catalogue. */
final class TypeQuestions implements QuestionSource {

    private static final Map<PowerType, String> NOTES = new EnumMap<>(PowerType.class);

    static {
        NOTES.put(PowerType.LICENSING, "行政许可是根据申请准予从事特定活动的行为");
        NOTES.put(PowerType.COMPULSION, "行政强制包括对人身、财物的强制措施和强制执行");
        NOTES.put(PowerType.EXPROPRIATION, "行政征收（征用）是依法取得单位和个人财产或使用权的行为");
        NOTES.put(PowerType.BENEFIT, "行政给付是向特定对象发放物质帮助的行为");
        NOTES.put(PowerType.INSPECTION, "行政检查是对遵守法律、履行义务情况的监督检查");
        NOTES.put(PowerType.CONFIRMATION, "行政确认是对法律地位、关系或事实的认定");
        NOTES.put(PowerType.ADJUDICATION, "行政裁决是对与行政管理有关的民事纠纷的裁处");
        NOTES.put(PowerType.OTHER, "其他行政权力收录不属于前八类的审核、转报、备案、处理、调解等");
        NOTES.put(PowerType.PENALTY, "行政处罚是对违法行为给予的惩戒");
    }

    /** The classic confusions, put first on HARD papers: 其他行政权力 vs the named types, 行政检查 vs 行政强制. */
    private static final List<PowerType> NEAR = List.of(PowerType.OTHER, PowerType.INSPECTION, PowerType.COMPULSION, PowerType.PENALTY);

    private final QuizContext ctx;

    TypeQuestions(QuizContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.TYPE;
    }

    @Override
    public List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        for (CatalogueItem it : ctx.data().catalogue().items()) {
            out.add(new Seed("type/" + it.id(), QuestionKind.TYPE, Phrases.tags(it, false), (id, ref, rnd, d) -> question(id, ref, it, rnd, d)));
        }
        return out;
    }

    private Question question(String id, String ref, CatalogueItem it, Random rnd, Difficulty d) {
        String label = it.type().label();
        List<Option> opts = new ArrayList<>();
        opts.add(new Option("", label, true, "正确。清单将第" + it.id() + "项列为“" + label + "”；" + NOTES.get(it.type()) + "。", null, null));
        for (PowerType t : distractors(it.type(), rnd, d)) {
            opts.add(new Option("", t.label(), false, "错误：清单将第" + it.id() + "项列为“" + label + "”，不是“" + t.label() + "”；"
                    + NOTES.get(t) + "。", null, null));
        }
        Collections.shuffle(opts, rnd);
        List<String> basis = new ArrayList<>();
        basis.add(Phrases.CATALOGUE_DOCUMENT);
        for (Citation c : it.basis()) basis.add(c.citation());
        String expl = "第" + it.id() + "项在清单中列为“" + label + "”（" + NOTES.get(it.type()) + "）。职权依据："
                + String.join("；", basis.subList(1, basis.size())) + "。";
        String text = Phrases.namedItem(it) + "属于哪一职权类型？";
        return Stem.about(it, id, ref, QuestionKind.TYPE, text).question(opts, expl, basis);
    }

    private static List<PowerType> distractors(PowerType type, Random rnd, Difficulty d) {
        List<PowerType> others = new ArrayList<>();
        for (PowerType t : PowerType.values()) if (t != type) others.add(t);
        Collections.shuffle(others, rnd);
        if (d == Difficulty.HARD) {
            for (int i = NEAR.size() - 1; i >= 0; i--) if (others.remove(NEAR.get(i))) others.add(0, NEAR.get(i));
        }
        return others.subList(0, d == Difficulty.EASY ? 2 : 3);
    }
}
