package cn.quanze.matching;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ItemDerivation;
import cn.quanze.catalogue.PowerType;
import cn.quanze.catalogue.Synonyms;
import cn.quanze.catalogue.TownshipCatalogue;
import cn.quanze.citation.Citation;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * Maps a plain-Chinese question to catalogue items: BM25 over item names (segmented by Lucene's
 * SmartChineseAnalyzer, plus character bigrams for words it segments differently) and the cited
 * sources, after expanding colloquial words through the synonym list; then re-ranked by the act
 * the question asks for.
 */
public final class ItemMatcher implements AutoCloseable {

    /** One ranked item. */
    public record Match(CatalogueItem item, double score) {}

    /** The ranked items, best first, and whether the best is too weak to rely on. */
    public record Result(List<Match> matches, boolean weak) {
        public Match best() {
            return matches.isEmpty() ? null : matches.get(0);
        }
    }

    /** Words that say who asks or how, never what: they would otherwise match item names by chance. */
    private static final CharArraySet STOP = new CharArraySet(List.of(
            "镇", "乡", "镇里", "乡里", "镇上", "乡上", "镇政府", "乡政府", "政府", "我们", "咱们", "能", "能不能", "可以", "可不可以",
            "吗", "呢", "吧", "啊", "是否", "有权", "有没有", "权力", "权限", "管", "要", "想", "该", "应该", "怎么", "怎么办", "办",
            "的", "了", "在", "把", "给", "对", "被", "和", "与", "或者", "就", "都", "还", "也", "又", "去", "来", "这", "那", "个",
            "人", "有人", "一个", "一些", "这种", "情况", "问题", "事", "行为", "直接", "自己", "现在", "已经", "他", "她", "他们",
            "村民", "老百姓", "群众", "元", "块", "是", "不", "没", "没有", "啥", "什么", "谁", "哪", "吗？", "？", "?"), false);

    /** One-character nouns the segmenter splits off a word they belong to: 排放口, 养殖场, 许可证. */
    private static final String NOUN_ENDINGS = "口场证费区站点";

    /** Single characters that join nothing: 在…内未, 或, 的. */
    private static final String FUNCTION_CHARS = "内在或和与及未不的等对将被把以之其为从向于经按";

    /** Words of offence descriptions that say nothing about which conduct is meant. */
    private static final Set<String> GENERIC = Set.of("违反", "规定", "按照", "擅自", "依法", "有关", "进行", "单位", "个人",
            "其他", "情况", "工作", "行为", "或者", "以及", "及其", "国家", "使用", "相关", "要求", "未经", "批准", "许可",
            "从事", "活动", "设置", "造成", "不按", "标准", "有权", "应当", "不得", "禁止", "公民", "组织", "人员", "管理",
            "部门", "地区", "区域", "范围", "方面", "需要", "符合", "条件", "申请", "办理", "实施", "建设",
            // words for acts, not for the conduct or matter: the act is checked on its own
            "强制", "强行", "拆除", "清除", "砍伐", "铲除", "审批", "审核", "处罚", "处理", "查处", "检查", "监督", "调解", "责令", "改正");

    /**
     * Words of two characters or more, not generic; two single characters the segmenter split apart
     * (采 砂, 挖 砂, 取 土) are joined again.
     */
    private List<String> keyTerms(String conduct) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = words.tokenStream("name", conduct)) {
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
            } else if (t.length() >= 2 && !GENERIC.contains(t) && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** The item's key conduct terms: what a question must speak of for the item to cover it (golden file in tests). */
    public List<String> conductTerms(CatalogueItem item) {
        return conductTerms.getOrDefault(item.id(), List.of());
    }

    /**
     * How far the question speaks of the item's conduct: the catalogue-wide weight of the item's key
     * terms found in the question (after synonyms), as a share of all of them, and the weight of the
     * most distinctive term found.
     */
    public record Coverage(double share, double strongest, List<String> found, boolean distinguished, double weight) {}

    /** The key terms that set the item apart from its neighbours (items sharing two key terms with it). */
    public List<String> distinguishingTerms(CatalogueItem item) {
        return distinguishing.getOrDefault(item.id(), List.of());
    }

    public Coverage coverage(String question, CatalogueItem item) {
        String q = expand(question).replace("了", "");
        List<String> keys = conductTerms(item);
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
        boolean distinguished = distinguishingTerms(item).stream().anyMatch(found::contains);
        return new Coverage(all == 0 ? 0 : hit / all, strongest, found, distinguished, hit);
    }

    /** Weak-match threshold on the re-ranked score, calibrated on the evaluation set (see README). */
    public static final double WEAK_BELOW = 4.0;

    private final TownshipCatalogue catalogue;
    private final Synonyms synonyms;
    private final Analyzer words = new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet());
    private final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<Integer, CatalogueItem> byDoc = new HashMap<>();
    /** Each item's key conduct terms (from the 对…的行为 clause or the matter), with their weight across the catalogue. */
    private final Map<Integer, List<String>> conductTerms = new HashMap<>();
    private final Map<String, Double> conductIdf = new HashMap<>();
    private final Map<Integer, List<String>> distinguishing = new HashMap<>();

    public ItemMatcher(TownshipCatalogue catalogue, Synonyms synonyms) {
        this.catalogue = catalogue;
        this.synonyms = synonyms;
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(words, Map.of("name2", bigrams))))) {
            for (CatalogueItem item : catalogue.items()) {
                Document d = new Document();
                d.add(new StoredField("id", item.id()));
                String name = ItemDerivation.coreName(item.name());
                d.add(new TextField("name", name, Field.Store.NO));
                d.add(new TextField("name2", name, Field.Store.NO));
                StringBuilder sources = new StringBuilder();
                for (Citation c : item.basis()) sources.append(c.source()).append(' ');
                d.add(new TextField("basis", sources.toString(), Field.Store.NO));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        Map<String, Integer> df = new HashMap<>();
        for (CatalogueItem item : catalogue.items()) {
            List<String> keys = keyTerms(ItemDerivation.conduct(item.name()));
            conductTerms.put(item.id(), keys);
            keys.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = catalogue.items().size();
        df.forEach((t, k) -> conductIdf.put(t, Math.log((double) n / k)));
        // An item's distinguishing terms: those no neighbour (an item granting a same act and sharing two key terms) also has.
        for (CatalogueItem item : catalogue.items()) {
            List<String> keys = conductTerms.get(item.id());
            Set<String> shared = new java.util.HashSet<>();
            for (CatalogueItem other : catalogue.items()) {
                if (other.id() == item.id() || other.acts().stream().noneMatch(item.acts()::contains)) continue;
                List<String> o = conductTerms.get(other.id());
                if (keys.stream().filter(o::contains).count() >= 2) shared.addAll(o);
            }
            List<String> own = keys.stream().filter(t -> !shared.contains(t)).toList();
            distinguishing.put(item.id(), own.isEmpty() ? keys : own);
        }
        try {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                int id = reader.storedFields().document(doc).getField("id").numericValue().intValue();
                byDoc.put(doc, catalogue.item(id).orElseThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question with the statute words of every colloquial phrase it contains appended. */
    public String expand(String question) {
        StringBuilder out = new StringBuilder(question);
        // 盖了房、砍了树: the aspect particle splits phrases the synonym list holds whole
        String plain = question.replace("了", "");
        for (List<String> group : synonyms.groups()) {
            for (int i = 1; i < group.size(); i++) {
                if (question.contains(group.get(i)) || plain.contains(group.get(i))) {
                    out.append(' ').append(group.get(0));
                    break;
                }
            }
        }
        return out.toString();
    }

    public Result match(String question, Act act, int limit) {
        String expanded = expand(question);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        addTerms(q, "name", terms(words, "name", expanded), 1.0f);
        addTerms(q, "name2", terms(bigrams, "name2", expanded), 0.35f);
        addTerms(q, "basis", terms(words, "basis", expanded), 0.3f);
        Query query = q.build();
        List<Match> ranked = new ArrayList<>();
        try {
            TopDocs top = searcher.search(query, 40);
            for (ScoreDoc sd : top.scoreDocs) {
                CatalogueItem item = byDoc.get(sd.doc);
                ranked.add(new Match(item, sd.score * actFactor(item, act)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ranked.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingInt(m -> m.item().id()));
        List<Match> best = ranked.stream().limit(limit)
                .map(m -> new Match(m.item(), Math.round(m.score() * 1000) / 1000.0)).toList();
        boolean weak = best.isEmpty() || best.get(0).score() < WEAK_BELOW;
        return new Result(best, weak);
    }

    /**
     * Act-aware ranking: a question about fining prefers penalty items; a question about approving
     * keeps items that only review or forward the same matter, so the stage mismatch surfaces.
     */
    static double actFactor(CatalogueItem item, Act act) {
        if (act == null) return 1.0;
        if (act == Act.PENALIZE) return item.type() == PowerType.PENALTY ? 1.6 : 0.5;
        if (item.type() == PowerType.PENALTY) return 0.5;
        if (item.grantsOrPrecedes(act)) return 1.4;
        return 0.85;
    }

    /** Far below Lucene's clause limit (1,024 for the whole query, three fields). */
    private static final int MAX_TERMS_PER_FIELD = 200;

    private static void addTerms(BooleanQuery.Builder q, String field, Set<String> terms, float boost) {
        for (String t : terms.stream().limit(MAX_TERMS_PER_FIELD).toList()) {
            q.add(new BoostQuery(new TermQuery(new Term(field, t)), boost), BooleanClause.Occur.SHOULD);
        }
    }

    private static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!STOP.contains(t) && !t.isBlank()) out.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // in-memory index: nothing to recover
        }
        words.close();
        bigrams.close();
    }
}
