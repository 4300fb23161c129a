package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** catalog/conduct-elements.tsv: what a question must state before 可以, and the lint that refuses a broken table. */
class ConductElementsTest {

    @TempDir
    Path tmp;

    private List<LintProblem> lintAfter(UnaryOperator<String> change) throws IOException {
        try (Stream<Path> files = Files.list(QuanzeFixture.home().resolve("catalog"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, tmp.resolve(f.getFileName()));
        }
        Path p = tmp.resolve(CatalogueLoader.CONDUCT_ELEMENTS);
        Files.writeString(p, change.apply(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return CatalogueLoader.lint(tmp);
    }

    private static ConductElements elements() {
        return QuanzeFixture.quanze().data().conductElements();
    }

    @Test
    void everyPenaltyItemNamesTheConductItPunishes() {
        for (CatalogueItem i : QuanzeFixture.quanze().data().catalogue().items()) {
            if (i.type() == PowerType.PENALTY) assertThat(elements().of(i.id())).as("item %d", i.id()).isNotEmpty();
        }
    }

    @Test
    void poultryInAVillageYardLeavesTheHousingEstateOfItem114Unstated() {
        assertThat(elements().unconfirmed(114, "村民在自家院子里养了几只鸡，乡里能罚款吗"))
                .extracting(ConductElements.Element::label).anySatisfy(l -> assertThat(l).contains("小区"));
        assertThat(elements().unconfirmed(114, "小区里有人养鸡，天天打鸣，镇里能罚款吗")).isEmpty();
    }

    @Test
    void aDeniedElementIsNotStated() {
        assertThat(elements().unconfirmed(114, "俺们村又不是城里小区，院子里养几只鸡能罚吗")).isNotEmpty();
        assertThat(elements().unconfirmed(117, "有人在公路用地里立了个广告牌，不遮挡公路标志，也不影响视距，乡里能罚吗"))
                .extracting(ConductElements.Element::label).anySatisfy(l -> assertThat(l).contains("遮挡公路标志"));
        // a word that itself states the lack is the wrongdoing, not its denial
        assertThat(elements().unconfirmed(125, "有家农资店没有农药经营许可证就卖农药，镇里能罚吗")).isEmpty();
    }

    @Test
    void theBasisTheAskerProposesAndHearsayAreNotFacts() {
        assertThat(elements().unconfirmed(102, "田家村那户在自家灶台里烧秸秆做饭，镇里能按露天焚烧秸秆罚他吗")).isNotEmpty();
        assertThat(elements().unconfirmed(114, "听说城里小区养鸡要罚，那我们村里农户院子里养鸡，镇里也能罚吧")).isNotEmpty();
        assertThat(elements().unconfirmed(102, "有人在地里露天焚烧秸秆，镇里能罚吗")).isEmpty();
    }

    @Test
    void aContraryWordUnconfirmsTheElement() {
        assertThat(elements().unconfirmed(102, "有人在自家炕洞里烧秸秆取暖，乡里能罚吗"))
                .extracting(ConductElements.Element::label).anySatisfy(l -> assertThat(l).contains("露天"));
    }

    @Test
    void aContradictedElementIsRuledOutWhateverElseTheQuestionSays() {
        // 小区 first stated, then contradicted: the asker's village is not a housing estate.
        String q = "乡里的人说小区里养鸡要罚款，那俺们村里自家院子养几只鸡也能罚不？俺们村又不是城里小区";
        assertThat(elements().unconfirmed(114, q)).extracting(ConductElements.Element::label)
                .anySatisfy(l -> assertThat(l).contains("小区"));
        assertThat(elements().fullyStated(q)).doesNotContain(114);
        // a contradiction of another word leaves the element stated
        assertThat(elements().unconfirmed(114, "不是在院子里，是在小区楼下空地养鸡，镇里能罚吗")).isEmpty();
    }

    @Test
    void twoOrganisationsNamedAsTheTwoSidesAreNoDisputeOfItems27Or28() {
        // 土地管理法第十四条第二款, 森林法第二十二条第一款: a dispute between units is the county's
        String units = "石板沟村村集体跟一家采矿公司为一块荒坡的使用权争了两年，协商不下来";
        assertThat(elements().facts(units)).contains(ConductElements.BETWEEN_UNITS);
        assertThat(elements().contradicted(27, units)).isNotEmpty();
        assertThat(elements().contradicted(28, "国有林场和一家旅游公司都说那片林地的使用权归自己")).isNotEmpty();
        // a person on one side
        assertThat(elements().facts("村民王某跟一家采矿公司为一块荒坡的使用权争了两年")).doesNotContain(ConductElements.BETWEEN_UNITS);
        assertThat(elements().contradicted(28, "承包户跟村集体为一片林子的归属争了两年")).isEmpty();
    }

    @Test
    void aContraryWordInsideAWordOfDoubtRulesNothingOut() {
        assertThat(elements().contradicted(5, "村口小广场边上搭个临时售货亭，这个广场在不在村庄规划区范围里，我们还说不准")).isEmpty();
        assertThat(elements().contradicted(5, "村口小广场边上搭个临时售货亭，这个广场不在村庄规划区范围里")).isNotEmpty();
    }

    @Test
    void aPartyOrPlaceTheArticleDoesNotReachRulesTheElementOut() {
        // 职业病防治法第七十五条 binds an employer of 女职工; a couple working for themselves employs no one.
        assertThat(elements().unconfirmed(133, "夫妻俩在自己家里喷漆做家具，媳妇怀孕了还在干，乡里能罚吗")).isNotEmpty();
        // 森林法第七十六条 is felling; carrying timber someone else felled is another conduct.
        assertThat(elements().unconfirmed(140, "他帮别人拉了一车松木，后来才知道是偷砍的，乡里能罚他吗")).isNotEmpty();
        // A stall twenty metres from the tourist road that takes none of it.
        assertThat(elements().unconfirmed(119, "离旅游公路二十多米的自家院门口摆摊，路一点没占，乡里能罚吗")).isNotEmpty();
        assertThat(elements().unconfirmed(119, "有人在公路上打场晒粮，把路堵了，乡里能罚吗")).isEmpty();
    }

    @Test
    void smokeOverTheStandardDoesNotStateAWronglySetOutletOfItem100() {
        assertThat(elements().unconfirmed(100, "铸造厂烟囱冒黑烟，颗粒物超标排放，乡政府可以罚款吗")).isNotEmpty();
    }

    @Test
    void aPenaltyItemWithoutElementsIsRefused() throws IOException {
        var problems = lintAfter(s -> s.replaceAll("\n114\t[^\n]*", ""));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(CatalogueLoader.CONDUCT_ELEMENTS);
            assertThat(p.item()).isEqualTo(114);
            assertThat(p.message()).contains("行为要件");
        });
    }

    @Test
    void anEmptyWordAnUnknownItemAndARepeatedElementAreRefused() throws IOException {
        var problems = lintAfter(s -> s.replaceFirst("\n98\t([^\t]*)\t", "\n98\t$1\t||")
                + "999\t某要件\t某词\t\n" + "121\t重复\t甲\t\n121\t重复\t乙\t\n");
        assertThat(problems).extracting(LintProblem::message)
                .anySatisfy(m -> assertThat(m).contains("空词"))
                .anySatisfy(m -> assertThat(m).contains("第 999 项"))
                .anySatisfy(m -> assertThat(m).contains("要件重复"));
    }

    @Test
    void anAgeStatedOutsideTheBoundOfTheLawRulesThePersonOut() {
        // 老年人权益保障法第二条: 六十周岁以上; 未成年人保护法第二条: 未满十八周岁
        assertThat(elements().contradicted(75, "55岁的村民生活困难，乡里能救助吗")).extracting(ConductElements.Element::label)
                .anySatisfy(l -> assertThat(l).contains("60周岁以上").contains("老年人权益保障法"));
        assertThat(elements().contradicted(75, "七十二岁的老人生活困难，乡里能救助吗")).isEmpty();
        assertThat(elements().contradicted(75, "五十多岁的儿子不管他八十岁的老娘，老人生活困难，乡里能救助吗")).isEmpty();
        assertThat(elements().contradicted(50, "二十岁了，父母一个服刑一个失联，能按事实无人抚养儿童报上去吗")).isNotEmpty();
        assertThat(elements().contradicted(50, "孩子未满十八周岁，父母都服刑，能报上去吗")).isEmpty();
        assertThat(ConductElements.agesStated("刚满16的男娃，他爹五十多岁，未满十八周岁，3个月大")).containsExactly(16, 50, 17);
        assertThat(ConductElements.agesStated("拉土的车装太满一路掉土，期限满了三十天")).isEmpty();
    }

    @Test
    void aQuantityAboveTheTwoDaysDoseOfTheLawIsNoCertificateOfItem26() {
        // 医疗用毒性药品管理办法第十条第二款: 每次购用量不得超过二日极量
        assertThat(elements().contradicted(26, "村民自配验方要买毒性中药川乌，想一次买3天的量，镇里能开证明吗"))
                .extracting(ConductElements.Element::label)
                .anySatisfy(l -> assertThat(l).contains("不超过2日极量").contains("医疗用毒性药品管理办法").contains("用量不符"));
        assertThat(elements().contradicted(26, "村民自配验方要买毒性中药马钱子，每次买二日极量，镇里能开证明吗")).isEmpty();
        assertThat(ConductElements.daysDosesStated("5日极量，两天的量，七天的用量，一个礼拜的量，半个月的量，两个月的药量"))
                .containsExactly(5, 2, 7, 7, 15, 60);
        assertThat(ConductElements.daysDosesStated("量了三天的体温，病了一个月")).isEmpty();
    }

    @Test
    void theUnknownLineMustSayWhichGroupIsTheUnknownDoer() throws IOException {
        var problems = lintAfter(s -> s.replace("(?<doer>", "(?:"));
        assertThat(problems).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("doer"));
    }

    @Test
    void anAgeBoundMustNameALegalParameterInYears() throws IOException {
        var problems = lintAfter(s -> s.replace("#age.elderly.from", "#age.elderly.since")
                .replace("#age.minor.below", "#simplified-procedure.fine.individual"));
        assertThat(problems).extracting(LintProblem::message).filteredOn(m -> m.contains("年龄界限")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anElementWrittenOnceServesBothItemsThatNameIt() {
        // item 101 (畜禽规模养殖污染防治条例第三十九条) and item 107 both reach only large-scale farms
        var farm101 = elements().of(101).stream().filter(e -> e.label().startsWith("畜禽养殖场")).findFirst().orElseThrow();
        var farm107 = elements().of(107).stream().filter(e -> e.label().startsWith("从事畜禽规模养殖")).findFirst().orElseThrow();
        assertThat(farm101.words()).isEqualTo(farm107.words());
        assertThat(farm101.contrary()).isEqualTo(farm107.contrary()).contains("散养户");
        assertThat(elements().contradicted(101, "散养户把猪粪直接排到沟里，乡里能罚吗")).isNotEmpty();
    }

    @Test
    void aReferenceToAnElementThatIsNotThereIsRefused() throws IOException {
        var problems = lintAfter(s -> s.replace("=107:从事畜禽规模养殖", "=107:没有这个要件"));
        assertThat(problems).extracting(LintProblem::message).anySatisfy(m -> assertThat(m).contains("引用的要件不存在"));
    }

    @Test
    void aBuildingWithinTheLeastWidthOfTheRoadsClassIsInItem117sZone() {
        // 公路安全保护条例第十一条: 县道不少于10米, 乡道不少于5米
        assertThat(elements().withinReach(117, "村民在离县道8米的地方新盖了一间门面房")).isTrue();
        assertThat(elements().withinReach(117, "有人在乡道边上2米盖了个棚子")).isTrue();
        assertThat(elements().unconfirmed(117, "村民在离县道8米的地方新盖了一间门面房，镇里能罚款吗")).isEmpty();
    }

    @Test
    void aBuildingBeyondTheLeastWidthIsLeftToTheZoneTheCountyDrew() {
        assertThat(elements().withinReach(117, "村民在离县道30米的地方盖了间房")).isFalse();
        assertThat(elements().withinReach(117, "村民在离乡道8米的地方盖了间房")).isFalse();
        // the county's own width, told in the question, decides
        assertThat(elements().withinReach(117, "房子离公路用地外缘只有7米，县政府公告划定的这段县道建筑控制区是从用地外缘往外10米")).isTrue();
    }

    @Test
    void aDistanceFromARoadOfNoClassTakesTheClassNamedElsewhereOrTheLeast() {
        assertThat(elements().withinReach(117, "在县道旁边新搭了一间房，离公路用地外缘只有7米")).isTrue();
        assertThat(elements().withinReach(117, "有人在离公路3米的地方盖了间房")).isTrue();
        assertThat(elements().withinReach(117, "有人在离公路9米的地方盖了间房")).isFalse();
    }

    @Test
    void aRoadReachNamingNoParameterIsRefused() throws IOException {
        List<LintProblem> problems = lintAfter(t -> t.replace("#road.building-control-zone.county.min", "#road.building-control-zone.county.max"));
        assertThat(problems).isNotEmpty();
    }
}
