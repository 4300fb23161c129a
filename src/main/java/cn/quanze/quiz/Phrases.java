package cn.quanze.quiz;

import cn.quanze.citation.ChineseAmount;
import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.PowerType;
import cn.quanze.citation.Citation;
import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;

import java.util.ArrayList;
import java.util.List;

/** The words the questions are written with: document titles, actors, acts and penalties. */
final class Phrases {
    static final String CATALOGUE_TITLE = "乡镇权责清单";
    static final String CATALOGUE_DOCUMENT = "《五台县乡镇权责清单（2023年版）》（五政办发〔2023〕25号）";
    static final String ISSUER_TITLE = "县级行政规范性文件制定主体清单（五政办发〔2023〕23号）";
    static final String PENALTY_LAW = "中华人民共和国行政处罚法";

    private Phrases() {}

    /** “乡镇权责清单第 N 项”. */
    static String item(CatalogueItem it) {
        return CATALOGUE_TITLE + "第" + it.id() + "项";
    }

    /** “乡镇权责清单第 N 项“名称””. */
    static String namedItem(CatalogueItem it) {
        return item(it) + "“" + it.name() + "”";
    }

    /** Topic tags: the item's type, its laws, and the penalty law when the question turns on it. */
    static List<String> tags(CatalogueItem it, boolean penaltyLaw) {
        List<String> t = new ArrayList<>();
        t.add(it.type().label());
        for (Citation c : it.basis()) t.add(c.source());
        if (penaltyLaw) t.add(PENALTY_LAW);
        return t;
    }

    static String staff(String town, CatalogueItem it) {
        return it.type() == PowerType.PENALTY ? town + "执法人员" : town + "人民政府工作人员";
    }

    static String party(PartyType pt) {
        if (pt == null) return "一名当事人";
        return pt == PartyType.INDIVIDUAL ? "村民王某" : "某建材有限公司";
    }

    static String penalty(PenaltyKind pk, Long amount) {
        return switch (pk) {
            case WARNING -> "当场给予警告";
            case CRITICISM -> "对其通报批评";
            case FINE -> amount == null ? "对其罚款（数额待定）" : "当场对其罚款" + ChineseAmount.yuan(amount);
            case CONFISCATION -> "没收其违法所得和非法财物";
            case LICENCE_SUSPENSION -> "暂扣其许可证件";
            case LICENCE_REVOCATION -> "吊销其许可证件";
            case BUSINESS_RESTRICTION -> "责令其停产停业";
            case DETENTION -> "对其处以行政拘留";
        };
    }

    /** The offence a penalty item punishes, cut out of its name (“对……的处罚” → “……”). */
    static String violation(CatalogueItem it) {
        String n = it.name().replaceAll("[（(][^）)]*[）)]$", "");
        if (n.startsWith("对")) n = n.substring(1);
        for (String suf : List.of("的行为的处罚", "行为的处罚", "的处罚", "的行为")) {
            if (n.endsWith(suf)) return n.substring(0, n.length() - suf.length());
        }
        return n;
    }

    /** The act as a quiz sentence says it (进行审核, 予以备案), from catalog/vocabulary.tsv. */
    static String act(QuizContext ctx, Act a) {
        return ctx.data().vocabulary().quizPhrase(a);
    }
}
