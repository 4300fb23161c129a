package cn.quanze.matching;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ItemDerivation;
import cn.quanze.catalogue.TownshipCatalogue;
import cn.quanze.catalogue.Vocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What each item is about: its key conduct terms (segmented from the 对……的行为 clause or the matter,
 * derived once in {@link ItemDerivation#conduct}), their weight across the catalogue, and the terms that set
 * it apart from its neighbours; and how far a question speaks of them.
 */
public final class ConductIndex {

    /** Each item's key conduct terms, with their weight across the catalogue. */
    private final Map<Integer, List<String>> conductTerms = new HashMap<>();
    private final Map<String, Double> conductIdf = new HashMap<>();
    private final Map<Integer, List<String>> distinguishing = new HashMap<>();
    /** The terms after the first word of wrongdoing (未, 擅自, 拒绝, 占用 …): what the conduct does wrong. */
    private final Map<Integer, List<String>> violationTerms = new HashMap<>();
    private static final java.util.regex.Pattern WRONGDOING = java.util.regex.Pattern.compile(
            "未|没有|擅自|违反|违规|拒绝|非法|私自|随意|不按|超过|伪造|弄虚作假|虚报|冒领|盗伐|滥伐|损毁|毁坏|破坏|焚烧|倾倒|遮挡|堵塞|封闭|占用|接纳|强迫|侵占|侵害|拖欠");

    private static List<String> violationTerms(String conduct, List<String> keys) {
        java.util.regex.Matcher m = WRONGDOING.matcher(conduct);
        if (!m.find()) return List.of();
        String tail = conduct.substring(m.start());
        return keys.stream().filter(tail::contains).toList();
    }
    private final Analyzer analyzer;
    /** Words that name acts (审批, 处罚, 强制 …), not the conduct or matter: the act is checked on its own. */
    private final Set<String> actWords;
    private final CharArraySet stop;
    private final UnaryOperator<String> expand;

    /**
     * @param expand adds the statute words of a question's colloquial phrases (the synonym list)
     */
    ConductIndex(TownshipCatalogue catalogue, Vocabulary vocabulary, Analyzer analyzer, CharArraySet stop,
                 UnaryOperator<String> expand) {
        this.actWords = new HashSet<>();
        // the words of the acts a power is exercised by; 登记, 证明, 补助, 备案 also name matters and stay
        Set<Act> exercising = EnumSet.of(Act.APPROVE, Act.REVIEW, Act.FORWARD, Act.INSPECT, Act.PENALIZE, Act.ENFORCE,
                Act.MEDIATE, Act.ADJUDICATE, Act.HANDLE);
        vocabulary.itemWords().stream().filter(e -> e.getValue().stream().anyMatch(exercising::contains))
                .forEach(e -> actWords.add(e.getKey()));
        this.analyzer = analyzer;
        this.stop = stop;
        this.expand = expand;
        Map<String, Integer> df = new HashMap<>();
        for (CatalogueItem item : catalogue.items()) {
            List<String> keys = keyTerms(ItemDerivation.conduct(item.name()));
            conductTerms.put(item.id(), keys);
            violationTerms.put(item.id(), violationTerms(ItemDerivation.conduct(item.name()), keys));
            keys.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = catalogue.items().size();
        df.forEach((t, k) -> conductIdf.put(t, Math.log((double) n / k)));
        // An item's distinguishing terms: those no neighbour (an item granting a same act and sharing two key terms) also has.
        for (CatalogueItem item : catalogue.items()) {
            List<String> keys = conductTerms.get(item.id());
            Set<String> shared = new HashSet<>();
            for (CatalogueItem other : catalogue.items()) {
                if (other.id() == item.id() || other.acts().stream().noneMatch(item.acts()::contains)) continue;
                List<String> o = conductTerms.get(other.id());
                if (keys.stream().filter(o::contains).count() >= 2) shared.addAll(o);
            }
            List<String> own = keys.stream().filter(t -> !shared.contains(t)).toList();
            distinguishing.put(item.id(), own.isEmpty() ? keys : own);
        }
    }

    /** One-character nouns the segmenter splits off a word they belong to: 排放口, 养殖场, 许可证. */
    private static final String NOUN_ENDINGS = "口场证费区站点";

    /** Single characters that join nothing: 在…内未, 或, 的. */
    private static final String FUNCTION_CHARS = "内在或和与及未不的等对将被把以之其为从向于经按由本";

    /** Words of offence descriptions that say nothing about which conduct is meant. */
    private static final Set<String> GENERIC = Set.of("违反", "规定", "按照", "擅自", "依法", "有关", "进行", "单位", "个人",
            "其他", "情况", "工作", "行为", "或者", "以及", "及其", "国家", "使用", "相关", "要求", "未经", "批准", "许可",
            "从事", "活动", "设置", "造成", "不按", "标准", "有权", "应当", "不得", "禁止", "公民", "组织", "人员", "管理",
            "部门", "地区", "区域", "范围", "方面", "需要", "符合", "条件", "申请", "办理", "实施", "建设",
            // with the act words of catalog/vocabulary.tsv (added in the constructor): the act is checked on its own
            "查处", "责令", "改正");

    /**
     * Words of two characters or more, not generic; two single characters the segmenter split apart
     * (采 砂, 挖 砂, 取 土) are joined again.
     */
    private List<String> keyTerms(String conduct) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", conduct)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) tokens.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.length() == 2 && i + 1 < tokens.size() && tokens.get(i + 1).length() == 1
                    && NOUN_ENDINGS.indexOf(tokens.get(i + 1).charAt(0)) >= 0 && conduct.contains(t + tokens.get(i + 1))) {
                out.add(t + tokens.get(i + 1));
                i++;
            } else if (t.length() == 1 && i + 1 < tokens.size() && tokens.get(i + 1).length() == 1
                    && conduct.contains(t + tokens.get(i + 1)) && FUNCTION_CHARS.indexOf(t.charAt(0)) < 0
                    && FUNCTION_CHARS.indexOf(tokens.get(i + 1).charAt(0)) < 0) {
                out.add(t + tokens.get(i + 1));
                i++;
            } else if (t.length() >= 2 && !GENERIC.contains(t) && !stop.contains(t)
                    // an act word is the matter only where it ends the phrase (财产的征用)
                    && (!actWords.contains(t) || conduct.endsWith(t))) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    public List<String> terms(CatalogueItem item) {
        return conductTerms.getOrDefault(item.id(), List.of());
    }

    /**
     * How far the question speaks of the item's conduct: the catalogue-wide weight of the item's key
     * terms found in the question (after synonyms), as a share of all of them, and the weight of the
     * most distinctive term found. {@code distinguished}: the question carries a term that sets the item
     * apart from its neighbours and, where the item's conduct names a wrongdoing, a term of that wrongdoing.
     */
    public record Coverage(double share, double strongest, List<String> found, boolean distinguished, double weight) {}


    /** The terms of what the conduct does wrong (after 未, 擅自, 占用 …); empty for a matter with no wrongdoing. */
    public List<String> wrongdoing(CatalogueItem item) {
        return violationTerms.getOrDefault(item.id(), List.of());
    }

    public List<String> distinguishing(CatalogueItem item) {
        return distinguishing.getOrDefault(item.id(), List.of());
    }

    public Coverage coverage(String question, CatalogueItem item) {
        String q = expand.apply(question).replace("了", "");
        List<String> keys = terms(item);
        double all = 0, hit = 0, strongest = 0;
        List<String> found = new ArrayList<>();
        for (String t : keys) {
            double w = conductIdf.getOrDefault(t, 0.0);
            all += w;
            if (q.contains(t)) {
                hit += w;
                strongest = Math.max(strongest, w);
                found.add(t);
            }
        }
        boolean distinguished = distinguishing(item).stream().anyMatch(found::contains);
        List<String> wrong = violationTerms.getOrDefault(item.id(), List.of());
        boolean wrongdoing = wrong.isEmpty() || wrong.stream().anyMatch(found::contains);
        return new Coverage(all == 0 ? 0 : hit / all, strongest, found, distinguished && wrongdoing, hit);
    }

}
