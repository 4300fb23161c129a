package cn.quanze.matching;

import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.ItemDerivation;
import cn.quanze.catalogue.PowerType;
import cn.quanze.catalogue.Synonyms;
import cn.quanze.catalogue.TownshipCatalogue;
import cn.quanze.catalogue.Vocabulary;
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

    /** The item's key conduct terms: what a question must speak of for the item to cover it (golden file in tests). */
    public List<String> conductTerms(CatalogueItem item) {
        return conduct.terms(item);
    }

    /** The key terms that set the item apart from its neighbours (items granting a same act and sharing two key terms). */
    public List<String> distinguishingTerms(CatalogueItem item) {
        return conduct.distinguishing(item);
    }

    /** The terms of what the item's conduct does wrong; a question must carry one of them to be about that conduct. */
    public List<String> wrongdoingTerms(CatalogueItem item) {
        return conduct.wrongdoing(item);
    }

    /** How far the question speaks of the item's conduct (see {@link ConductIndex}). */
    public ConductIndex.Coverage coverage(String question, CatalogueItem item) {
        return conduct.coverage(question, item);
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
    private final ConductIndex conduct;

    public ItemMatcher(TownshipCatalogue catalogue, Synonyms synonyms, Vocabulary vocabulary) {
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
        conduct = new ConductIndex(catalogue, vocabulary, words, STOP, this::expand);
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
