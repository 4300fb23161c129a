package cn.quanze.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked expectations for gazette items (basis text copied verbatim from the 2023 catalogue). */
class CitationParserTest {

    static Provision p(int article) {
        return new Provision(article, 0, 0);
    }

    static Provision p(int article, int paragraph) {
        return new Provision(article, paragraph, 0);
    }

    static Citation c(String source, String edition, Provision... provisions) {
        return Citation.of(source, edition, List.of(provisions));
    }

    static List<Citation> parseOk(String text) {
        ParseResult r = CitationParser.parse(text);
        assertThat(r.problems()).as("problems parsing %s", text).isEmpty();
        return r.citations();
    }

    @Test
    void readsSingleCitationOfItem1() {
        List<Citation> cs = parseOk("《中华人民共和国农村土地承包法》（2018年修正）第二十八条");
        assertThat(cs).containsExactly(c("中华人民共和国农村土地承包法", "2018年修正", p(28)));
        assertThat(cs.get(0).citation()).isEqualTo("《中华人民共和国农村土地承包法》（2018年修正）第二十八条");
    }

    @Test
    void splitsThreeSourcesWithTitleBracketsOfItem4() {
        List<Citation> cs = parseOk("《中华人民共和国土地管理法》（2019年修正）第六十二条第四款 "
                + "《山西省人民政府办公厅关于印发山西省农村宅基地审批管理办法（试行）的通知》（晋政办发〔2020〕115号）"
                + "第二十二条第一款、第二十三条第一款、第二十三条第二款 "
                + "《山西省人民政府办公厅关于印发山西省农村自建房规划管理办法（试行）的通知》（晋政办发〔2020〕118号）第六条");
        assertThat(cs).containsExactly(
                c("中华人民共和国土地管理法", "2019年修正", p(62, 4)),
                c("山西省人民政府办公厅关于印发山西省农村宅基地审批管理办法（试行）的通知", "晋政办发〔2020〕115号",
                        p(22, 1), p(23, 1), p(23, 2)),
                c("山西省人民政府办公厅关于印发山西省农村自建房规划管理办法（试行）的通知", "晋政办发〔2020〕118号", p(6)));
        assertThat(cs.get(1).citation()).isEqualTo(
                "《山西省人民政府办公厅关于印发山西省农村宅基地审批管理办法（试行）的通知》（晋政办发〔2020〕115号）"
                        + "第二十二条第一款、第二十三条第一款、第二十三条第二款");
    }

    @Test
    void readsParagraphListOfItem9() {
        assertThat(parseOk("《中华人民共和国防汛条例》（2011年修订）第三十三条第二款、第三十三条第三款"))
                .containsExactly(c("中华人民共和国防汛条例", "2011年修订", p(33, 2), p(33, 3)));
    }

    @Test
    void readsEditionWithOrderNumberOfItem30() {
        List<Citation> cs = parseOk("《中华人民共和国农村土地承包经营权证管理办法》（2003年农业部令第33号）第七条、第八条、第十七条");
        assertThat(cs).containsExactly(
                c("中华人民共和国农村土地承包经营权证管理办法", "2003年农业部令第33号", p(7), p(8), p(17)));
    }

    @Test
    void readsEditionWithOrderNumberKeepingItsPublishedSpace() {
        assertThat(parseOk("《地质灾害防治条例》（2003年国务院令 第394号）第二十九条"))
                .containsExactly(c("地质灾害防治条例", "2003年国务院令 第394号", p(29)));
        assertThat(parseOk("《殡葬管理条例》（ 1997年国务院令   第225号，2012年修正 ）第八条第三款"))
                .containsExactly(c("殡葬管理条例", "1997年国务院令 第225号，2012年修正", p(8, 3)));
    }

    @Test
    void keepsNestedTitleBracketsOfItem44() {
        List<Citation> cs = parseOk("《人力资源社会保障部关于印发〈城乡居民基本养老保险经办规程〉的通知》（人社部发〔2019〕84号）第四条第三款");
        assertThat(cs).containsExactly(
                c("人力资源社会保障部关于印发〈城乡居民基本养老保险经办规程〉的通知", "人社部发〔2019〕84号", p(4, 3)));
    }

    @Test
    void keepsNestedTitleBracketsOfItem34() {
        assertThat(parseOk("《山西省实施〈中华人民共和国村民委员会组织法〉办法》（2018年修订）第十九条、第三十八条"))
                .containsExactly(c("山西省实施〈中华人民共和国村民委员会组织法〉办法", "2018年修订", p(19), p(38)));
    }

    @Test
    void keepsNestedDoubleAngleBracketsInsideTitle() {
        assertThat(parseOk("《关于印发《某某办法》的通知》第一条"))
                .containsExactly(c("关于印发《某某办法》的通知", "", p(1)));
    }

    @Test
    void readsEditionWithOrderNumberAndRevisionOfItem45() {
        assertThat(parseOk("《社会救助暂行办法》（2014年国务院令 第649号，2019年修订）第十一条"))
                .containsExactly(c("社会救助暂行办法", "2014年国务院令 第649号，2019年修订", p(11)));
    }

    @Test
    void readsHalfWidthEditionsAndSourceWithoutEditionOfItem98() {
        List<Citation> cs = parseOk("《中华人民共和国测绘法》第六十四条 《中华人民共和国测量标志保护条例》(国务院令 第203号)第二十二条、第二十三条 "
                + "《山西省测量标志管理规定》(山西省人民政府令 第140号)第三十一条");
        assertThat(cs).containsExactly(
                c("中华人民共和国测绘法", "", p(64)),
                c("中华人民共和国测量标志保护条例", "国务院令 第203号", p(22), p(23)),
                c("山西省测量标志管理规定", "山西省人民政府令 第140号", p(31)));
        assertThat(cs.get(1).citation()).isEqualTo("《中华人民共和国测量标志保护条例》（国务院令 第203号）第二十二条、第二十三条");
    }

    @Test
    void splitsNineSourcesOfItem103() {
        List<Citation> cs = parseOk("《中华人民共和国水污染防治法》第八十一条 《中华人民共和国大气污染防治法》第九十八条 "
                + "《中华人民共和国固体废物污染环境防治法》第一百零三条 《中华人民共和国环境噪声污染防治法》第五十五条 "
                + "《中华人民共和国放射性污染防治法》第四十九条 《医疗废物管理条例》(国务院令第380号) "
                + "《放射性废物安全管理条例》(国务院令第612号)第四十一条 "
                + "《医疗废物管理行政处罚办法(试行)》(2004年国家环境保护总局令第21号,2010年修正)第十二条 "
                + "《电子废物污染环境防治管理办法》(2007年国家环境保护总局令第40号)第十九条");
        assertThat(cs).containsExactly(
                c("中华人民共和国水污染防治法", "", p(81)),
                c("中华人民共和国大气污染防治法", "", p(98)),
                c("中华人民共和国固体废物污染环境防治法", "", p(103)),
                c("中华人民共和国环境噪声污染防治法", "", p(55)),
                c("中华人民共和国放射性污染防治法", "", p(49)),
                c("医疗废物管理条例", "国务院令第380号"),
                c("放射性废物安全管理条例", "国务院令第612号", p(41)),
                c("医疗废物管理行政处罚办法(试行)", "2004年国家环境保护总局令第21号,2010年修正", p(12)),
                c("电子废物污染环境防治管理办法", "2007年国家环境保护总局令第40号", p(19)));
        assertThat(cs.get(2).citation()).isEqualTo("《中华人民共和国固体废物污染环境防治法》第一百零三条");
        assertThat(cs.get(7).citation())
                .isEqualTo("《医疗废物管理行政处罚办法(试行)》（2004年国家环境保护总局令第21号,2010年修正）第十二条");
    }

    @Test
    void sourceWithoutArticleHasNoProvisions() {
        List<Citation> cs = parseOk("《山西省人民代表大会常务委员会关于禁止野外用火的决定》（2020年5月施行）");
        assertThat(cs).containsExactly(c("山西省人民代表大会常务委员会关于禁止野外用火的决定", "2020年5月施行"));
        assertThat(cs.get(0).provisions()).isEmpty();
        assertThat(cs.get(0).citation()).isEqualTo("《山西省人民代表大会常务委员会关于禁止野外用火的决定》（2020年5月施行）");
    }

    @Test
    void sourceWithoutArticleFollowingOneWithArticlesOfItem47() {
        assertThat(parseOk("《中华人民共和国未成年人保护法》（2020年修订）第七条 《民政部财政部关于发放孤儿基本生活费的通知》（民发〔2010〕161号）"))
                .containsExactly(
                        c("中华人民共和国未成年人保护法", "2020年修订", p(7)),
                        c("民政部财政部关于发放孤儿基本生活费的通知", "民发〔2010〕161号"));
    }

    @Test
    void readsHalfWidthEditionWithHalfWidthCommaOfItem120() {
        List<Citation> cs = parseOk("《中华人民共和国河道管理条例》(1988年国务院令第3号,2018年修订)第四十四条");
        assertThat(cs).containsExactly(c("中华人民共和国河道管理条例", "1988年国务院令第3号,2018年修订", p(44)));
        assertThat(cs.get(0).citation()).isEqualTo("《中华人民共和国河道管理条例》（1988年国务院令第3号,2018年修订）第四十四条");
    }

    @Test
    void splitsCitationsWithoutSpaceBetweenThemOfItem129() {
        assertThat(parseOk("《互联网上网服务营业场所管理条例》(国务院令 第363号)第三十一条《娱乐场所管理条例》(国务院令 第458号)第四十九条"))
                .containsExactly(
                        c("互联网上网服务营业场所管理条例", "国务院令 第363号", p(31)),
                        c("娱乐场所管理条例", "国务院令 第458号", p(49)));
    }

    @Test
    void readsItem149() {
        assertThat(parseOk("《中华人民共和国消防法》第六十三条 《山西省文物建筑消防安全管理规定》(山西省人民政府令第281号)第二十四条、第三十四条"))
                .containsExactly(
                        c("中华人民共和国消防法", "", p(63)),
                        c("山西省文物建筑消防安全管理规定", "山西省人民政府令第281号", p(24), p(34)));
    }

    @Test
    void readsSecondSourceWithoutEditionOfItem150() {
        assertThat(parseOk("《中华人民共和国消防法》第六十条 《山西省消防条例》第十八条、第四十四条"))
                .containsExactly(
                        c("中华人民共和国消防法", "", p(60)),
                        c("山西省消防条例", "", p(18), p(44)));
    }

    @Test
    void readsItem151() {
        assertThat(parseOk("《中华人民共和国消防法》第六十条")).containsExactly(c("中华人民共和国消防法", "", p(60)));
    }

    @Test
    void readsItem152() {
        assertThat(parseOk("《中华人民共和国消防法》第六十条 《高层民用建筑消防安全管理规定》第三十七条、第四十七条"))
                .containsExactly(
                        c("中华人民共和国消防法", "", p(60)),
                        c("高层民用建筑消防安全管理规定", "", p(37), p(47)));
    }

    @Test
    void readsHundredsWithZero() {
        assertThat(parseOk("《中华人民共和国安全生产法》第一百零五条、第一百一十九条，第一百条"))
                .containsExactly(c("中华人民共和国安全生产法", "", p(105), p(119), p(100)));
    }

    @Test
    void readsItemsInFullAndHalfWidthBracketsAndBare() {
        List<Citation> cs = parseOk("《某法》第十条第二款第（三）项、第十一条第(四)项 第十二条第一款第五项");
        assertThat(cs.get(0).provisions()).containsExactly(
                new Provision(10, 2, 3), new Provision(11, 0, 4), new Provision(12, 1, 5));
        assertThat(cs.get(0).citation()).isEqualTo("《某法》第十条第二款第（三）项、第十一条第（四）项、第十二条第一款第（五）项");
    }

    @Test
    void paragraphAfterArticleContinuesThatArticle() {
        List<Citation> cs = parseOk("《某法》第十条第一款、第二款、第（三）项");
        assertThat(cs.get(0).provisions()).containsExactly(p(10, 1), p(10, 2), new Provision(10, 2, 3));
    }

    @Test
    void readsArabicArticleNumbers() {
        assertThat(parseOk("《某法》第62条第4款")).containsExactly(c("某法", "", p(62, 4)));
    }

    @Test
    void reportsUnparsableTextInsteadOfDroppingIt() {
        ParseResult r = CitationParser.parse("《中华人民共和国消防法》第六十条之规定 《山西省消防条例》第十八条及有关规定");
        assertThat(r.citations()).containsExactly(
                c("中华人民共和国消防法", "", p(60)),
                c("山西省消防条例", "", p(18)));
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0)).contains("“之规定”");
        assertThat(r.problems().get(1)).contains("“及有关规定”");
    }

    @Test
    void reportsLeadingTextAndOrphanProvisions() {
        ParseResult r = CitationParser.parse("依据第五条 《某法》第六条");
        assertThat(r.citations()).containsExactly(c("某法", "", p(6)));
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0)).contains("“依据”");
        assertThat(r.problems().get(1)).contains("“第五条”");
    }

    @Test
    void reportsMalformedArticleNumber() {
        ParseResult r = CitationParser.parse("《某法》第两条、第三条");
        assertThat(r.citations()).containsExactly(c("某法", "", p(3)));
        assertThat(r.problems()).singleElement().asString().contains("第两条");
    }

    @Test
    void reportsBadNumberThatLooksLikeANumeral() {
        ParseResult r = CitationParser.parse("《某法》第十十条");
        assertThat(r.citations()).containsExactly(c("某法", ""));
        assertThat(r.problems()).singleElement().asString().contains("第十十条");
    }

    @Test
    void reportsUnterminatedTitleAndEdition() {
        ParseResult r = CitationParser.parse("《某法》第一条 《某条例");
        assertThat(r.citations()).containsExactly(c("某法", "", p(1)));
        assertThat(r.problems()).singleElement().asString().contains("《某条例");

        ParseResult r2 = CitationParser.parse("《某法》（2018年修正第一条");
        assertThat(r2.problems()).singleElement().asString().contains("（2018年修正第一条");
    }

    @Test
    void reportsEditionNoteAfterProvisions() {
        ParseResult r = CitationParser.parse("《某法》第一条（2018年修正）");
        assertThat(r.citations()).containsExactly(c("某法", "", p(1)));
        assertThat(r.problems()).singleElement().asString().contains("（2018年修正）");
    }

    @Test
    void emptyTextHasNoCitationsAndNoProblems() {
        assertThat(CitationParser.parse("")).isEqualTo(new ParseResult(List.of(), List.of()));
        assertThat(CitationParser.parse("  ")).isEqualTo(new ParseResult(List.of(), List.of()));
        assertThat(CitationParser.parse(null)).isEqualTo(new ParseResult(List.of(), List.of()));
    }

    @Test
    void normaliseJoinsWithFullWidthSemicolonAndParsesBack() {
        List<Citation> cs = parseOk("《中华人民共和国土地管理法》（2019年修正）第六十二条第四款 《某办法》(2020年省政府令 第1号)第六条");
        String normalised = CitationParser.normalise(cs);
        assertThat(normalised).isEqualTo("《中华人民共和国土地管理法》（2019年修正）第六十二条第四款；《某办法》（2020年省政府令 第1号）第六条");
        assertThat(parseOk(normalised)).isEqualTo(cs);
    }
}
