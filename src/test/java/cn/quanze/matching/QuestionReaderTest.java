package cn.quanze.matching;

import cn.quanze.QuanzeFixture;
import cn.quanze.catalogue.Act;
import cn.quanze.catalogue.PartyType;
import cn.quanze.catalogue.PenaltyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionReaderTest {

    private final QuestionReader reader = new QuestionReader(QuanzeFixture.quanze().data().gazetteer(), QuanzeFixture.quanze().data().vocabulary());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"罚他五百元, 500", "罚款500元, 500", "罚2千元, 2000", "罚三千块, 3000", "罚一万元, 10000", "罚两百元, 200",
            "罚款1.5万元, 15000", "罚二百五十元, 250"})
    void amountsAreReadInDigitsAndWords(String text, double amount) {
        assertThat(reader.read(text).facts().penalty().amountYuan()).isEqualTo(amount);
    }

    @Test
    void offenceDescriptionDoesNotTurnAFineIntoAnApproval() {
        ReadQuestion q = reader.read("村民没批准就占地盖房，镇里能罚吗？");
        assertThat(q.act()).isEqualTo(Act.PENALIZE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "3月1日收到整改通知书，限期一个月，3月10日镇里想罚他, true",
            "3月1日收到整改通知书，限期两个月，4月20日镇里想罚他, true",
            "3月1日收到整改通知书，限期一个月，4月2日镇里想罚他, false",
            "3月1日送达了限期改正通知，限期15天，3月10日能强制拆除吗, true",
            "3月1日送达了限期改正通知，限期15天，3月20日能强制拆除吗, false",
    })
    void aDeadlineCountedFromTheDayToldHasNotRunOnALaterDayToldBeforeItsEnd(String question, boolean notRun) {
        assertThat(QuestionReader.deadlineNotRun(question)).isEqualTo(notRun);
    }

    @Test
    void forwardingForApprovalIsNotApproval() {
        assertThat(reader.read("村委会换届延期，镇上能报县里批准吗？").act()).isNotEqualTo(Act.APPROVE);
        assertThat(reader.read("镇里能直接批低保吗？").act()).isEqualTo(Act.APPROVE);
    }

    @Test
    void partyAndPenaltyKindAreRead() {
        ReadQuestion q = reader.read("饭店堵了消防车道，罚这家商户两千块可以吗");
        assertThat(q.facts().partyType()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(q.facts().penalty().kind()).isEqualTo(PenaltyKind.FINE);
        assertThat(reader.read("打架的村民能拘留吗").facts().penalty().kind()).isEqualTo(PenaltyKind.DETENTION);
        assertThat(reader.read("村民乱吐痰能罚吗").facts().partyType()).isEqualTo(PartyType.INDIVIDUAL);
    }

    @Test
    void emergenciesDeadlinesAndPlacesAreRead() {
        assertThat(reader.read("山洪马上要下来了，能强制转移吗").facts().emergency()).isTrue();
        assertThat(reader.read("眼下没什么突发事件，能征用仓库吗").facts().emergency()).isFalse();
        assertThat(reader.read("责令限期拆除，逾期不改正，能强拆吗").facts().deadlinePassed()).isTrue();
        assertThat(reader.read("限期还没到，能强拆吗").facts().deadlinePassed()).isFalse();
        assertThat(reader.read("古城村有人烧秸秆").facts().location()).isEqualTo("古城村");
    }

    @Test
    void whatFollowsExceptIsNotTheActAsked() {
        ReadQuestion q = reader.read("河里有人没批就采砂，镇里除了罚款，能不能把他的挖沙船查封扣押了？");
        assertThat(q.act()).isEqualTo(Act.ENFORCE);
        assertThat(q.facts().penalty()).isNull();
    }

    @Test
    void aTownNotInTheCountyListIsStillAPlaceAskedAbout() {
        assertThat(reader.read("台怀镇有家饭店卖野兔，拿不出合法来源证明，能罚吗", "门限石乡").facts().location()).isEqualTo("台怀镇");
        assertThat(reader.read("街边乱搭棚子、挂东西影响镇容，能罚吗", "豆村镇").facts().location()).isNull();
        assertThat(reader.read("村民领城乡居民养老金的资格，镇上能初审吗", "豆村镇").facts().location()).isNull();
    }

    @Test
    void aTownshipSaidWithoutItsSuffixIsThatTownshipButAVillageContainingItsNameIsNot() {
        assertThat(reader.read("建安这边想去东冶的永安查消防，中不中", "建安镇").facts().location()).isEqualTo("东冶镇");
        assertThat(reader.read("乡里能不能去耿镇那边查农户的自建房", "东冶镇").facts().location()).isEqualTo("耿镇镇");
        assertThat(reader.read("南茹村有人烧秸秆，乡里能罚吗", "茹村乡").facts().location()).isEqualTo("南茹村");
        assertThat(reader.read("兴元村一户的小舅子在别的县偷砍了树，能罚吗", "白家庄镇").facts().location()).isEqualTo("别的县");
        assertThat(reader.read("五台山景区台怀那块有人随地吐痰，能管吗", "台城镇").facts().location()).isEqualTo("五台山景区");
    }

    @Test
    void aPowerTheQuestionOpensByClaimingIsNeitherTheActNorAFact() {
        assertThat(QuestionReader.withoutClaimedPower("镇里对村委会选举违法行为有处理权，候城围村选举前镇领导想定个候选人名单"))
                .isEqualTo("候城围村选举前镇领导想定个候选人名单");
        assertThat(QuestionReader.withoutClaimedPower("乱倒垃圾的我们能罚，这个知道。现在能不能扣车")).isEqualTo("现在能不能扣车");
        assertThat(QuestionReader.withoutClaimedPower("村民乱倒垃圾，镇里能罚吗")).isEqualTo("村民乱倒垃圾，镇里能罚吗");
        assertThat(QuestionReader.withoutClaimedPower("镇里对戒毒人员有就业援助的任务，那他开了修车铺还能管吗")).isEqualTo("那他开了修车铺还能管吗");
        assertThat(QuestionReader.withoutClaimedPower("镇里能对乱倒垃圾的罚款，大朴村有人乱倒，能罚吗")).isEqualTo("镇里能对乱倒垃圾的罚款，大朴村有人乱倒，能罚吗");
        assertThat(QuestionReader.namesOrder("村规民约并不违法，乡里还能责令改吗")).isTrue();
        assertThat(QuestionReader.namesOrder("镇里对选举违法行为有处理权，还能管吗")).isFalse();
    }

    @Test
    void aWrongdoingSaidNotDoneIsRead() {
        assertThat(QuestionReader.penaltyBars("一根也没烧，镇里能不能还按焚烧秸秆罚")).contains(cn.quanze.decision.PenaltyBar.NOT_DONE);
        assertThat(QuestionReader.penaltyBars("其实还没建，只是放话说要建，能先罚他吗")).contains(cn.quanze.decision.PenaltyBar.NOT_DONE);
        assertThat(QuestionReader.penaltyBars("已经责令限期改正，过了期限还没建生产记录，能罚吗")).doesNotContain(cn.quanze.decision.PenaltyBar.NOT_DONE);
    }

    @Test
    void aDogIsRabidOrStrayOnlyWhenSaidSo() {
        assertThat(QuestionReader.rabidOrStrayDog("大朴村有条疯狗咬了人，能打死吗")).isTrue();
        assertThat(QuestionReader.rabidOrStrayDog("村里野狗成群伤人，能捕杀吗")).isTrue();
        assertThat(QuestionReader.rabidOrStrayDog("老李家的狗叫得烦人，能打死吗")).isFalse();
        assertThat(QuestionReader.rabidOrStrayDog("想把全乡的土狗都打死，防狂犬病")).isFalse();
        assertThat(QuestionReader.rabidOrStrayDog("有条狗咬了人，能打死吗")).isNull();
    }

    @Test
    void anothersQuotedReadingOfTheLawIsNoFactToldButAPlaceQuotedStays() {
        assertThat(QuestionReader.withoutOthersReadingOfTheLaw("他的律师来函：“乡政府没有强制执行权，只能申请法院强制执行。”乡里能拆吗"))
                .isEqualTo("他的律师来函：“”乡里能拆吗");
        assertThat(QuestionReader.withoutOthersReadingOfTheLaw("那名委员找律师发函说“罢免必须乡政府批准”。乡里能备案吗"))
                .isEqualTo("那名委员找律师发函说“”。乡里能备案吗");
        // a place said by anyone is an element to check; a quote that judges nothing is what was said
        assertThat(QuestionReader.withoutOthersReadingOfTheLaw("他侄子说“他户口早迁到外县了，你们乡没资格受理”。乡里能受理吗"))
                .contains("外县");
        assertThat(QuestionReader.withoutOthersReadingOfTheLaw("他儿子说：“我爸那天在地里烧了秸秆”。能罚吗")).contains("烧了秸秆");
    }

    @Test
    void anUrgencyNotYetJudgedIsNotTold() {
        assertThat(reader.read("地质队还没判断是不是到了情况紧急的程度，镇里能强行疏散吗").facts().emergency()).isNull();
        assertThat(reader.read("到底紧急不紧急说不准，乡里能强行组织避灾疏散吗").facts().emergency()).isNull();
        assertThat(reader.read("监测员报告随时可能滑坡，情况紧急，镇里能强行疏散吗").facts().emergency()).isTrue();
    }

    @Test
    void aPartyLeftOpenBetweenAPersonAndABusinessIsNotRead() {
        assertThat(reader.read("还没搞清是游客个人倒的还是旁边饭店倒的，镇里想罚款300元，能罚吗").facts().partyType()).isNull();
        assertThat(reader.read("当事人是看林人本人还是雇他的林业公司，尚未查清，乡里能罚款吗").facts().partyType()).isNull();
        assertThat(reader.read("杂物是临街商铺堆的还是附近住户堆的，还没搞清楚，能给个警告吗").facts().partyType()).isNull();
    }

    @Test
    void theBurningIsInTheBanAreaOnlyWhenSaidSoAndAskingIsNotSaying() {
        assertThat(QuestionReader.inBurningBanArea("唐家湾村在县里划定的秸秆禁烧区内，有人烧秸秆，能罚吗")).isTrue();
        assertThat(QuestionReader.inBurningBanArea("全县范围内禁止露天焚烧秸秆，老王还是烧了，能罚吗")).isTrue();
        assertThat(QuestionReader.inBurningBanArea("那块地不在禁烧区内，有人烧秸秆，能罚吗")).isFalse();
        assertThat(QuestionReader.inBurningBanArea("地在禁烧区以外，能罚吗")).isFalse();
        assertThat(QuestionReader.inBurningBanArea("那块地是不是禁烧区不清楚，能罚吗")).isNull();
        assertThat(QuestionReader.inBurningBanArea("那块地属不属于禁烧区还要查，能罚吗")).isNull();
        assertThat(QuestionReader.inBurningBanArea("禁烧区域不清楚，能罚吗")).isNull();
        assertThat(QuestionReader.inBurningBanArea("有人在禁燃区烧秸秆，能罚吗")).isNull();
        assertThat(QuestionReader.inBurningBanArea("有人在地里烧秸秆，能罚吗")).isNull();
    }

    @Test
    void aQuestionThatNamesNoMatterIsRecognised() {
        assertThat(QuestionReader.saysNoMatter("这个事乡里能批不？")).isTrue();
        assertThat(QuestionReader.saysNoMatter("有人违法了乡里能罚款不")).isTrue();
        assertThat(QuestionReader.saysNoMatter("镇里能不能吊销那个砖厂的营业执照")).isFalse();
        assertThat(QuestionReader.saysNoMatter("这个事是大朴村的老李在河道里偷偷挖沙子卖钱，已经挖了三个月，镇里能罚吗")).isFalse();
    }

    @Test
    void aVillageTheAskerCannotNameIsStillAPlaceAskedAbout() {
        assertThat(reader.read("河边有个村子，叫啥名我记不清了，有人在河里偷挖沙子，乡里能罚吗", "沟南乡").facts().location())
                .isEqualTo("叫啥名我记不清");
        assertThat(reader.read("有人在河里偷挖沙子，不知道罚多少合适", "沟南乡").facts().location()).isNull();
    }

    @Test
    void adjudicatingIsADecisionOfItsOwn() {
        ReadQuestion q = reader.read("两家公司的合同货款纠纷，镇里能直接判一下谁该给谁钱吗？");
        assertThat(q.act()).isEqualTo(Act.ADJUDICATE);
        assertThat(q.actIsFirm()).isTrue();
    }

    @Test
    void whatIsToBeConfiscatedIsRead() {
        assertThat(reader.read("乡里能把他的挖掘机没收吗").facts().penalty().object()).isEqualTo(cn.quanze.catalogue.Confiscated.TOOLS);
        assertThat(reader.read("能没收他采砂的违法所得吗").facts().penalty().object()).isEqualTo(cn.quanze.catalogue.Confiscated.GAINS);
        assertThat(reader.read("能没收吗").facts().penalty().object()).isNull();
        assertThat(reader.read("能罚他五百元吗").facts().penalty().object()).isNull();
    }

    @Test
    void theFormOfABusinessRestrictionIsRead() {
        assertThat(reader.read("乡里想一步到位，直接责令这家厂关闭，可以吗").facts().penalty().restriction()).isEqualTo(cn.quanze.catalogue.Restriction.CLOSE);
        assertThat(reader.read("网吧超时营业，镇里能不能直接关停这家网吧").facts().penalty().restriction()).isEqualTo(cn.quanze.catalogue.Restriction.CLOSE);
        assertThat(reader.read("逾期还是没改，镇里能责令它停产停业整顿吗").facts().penalty().restriction()).isEqualTo(cn.quanze.catalogue.Restriction.SUSPEND);
        assertThat(reader.read("排放口没按规定设置，能责令它停产整治吗").facts().penalty().restriction()).isEqualTo(cn.quanze.catalogue.Restriction.SUSPEND);
        assertThat(reader.read("厂里把安全出口锁了，镇里能责令它限产吗").facts().penalty().restriction()).isEqualTo(cn.quanze.catalogue.Restriction.LIMIT);
        // not said, or said twice over: no form
        assertThat(reader.read("厂里把安全出口锁了，镇里能不让它再经营吗").facts().penalty().restriction()).isNull();
        assertThat(reader.read("想先责令停产停业整顿，不改再关闭，可以吗").facts().penalty().restriction()).isNull();
        // 关闭 of an exit is no closure of the business
        assertThat(reader.read("乡里责令它把关闭的出口打开，可以吗").facts().penalty().restriction()).isNull();
        assertThat(reader.read("能罚他五百元吗").facts().penalty().restriction()).isNull();
    }

    @Test
    void aReviewAskedInTheLastClauseIsNotAnApproval() {
        assertThat(reader.read("承包经营权证换发，乡政府能做初审吧").act()).isEqualTo(Act.REVIEW);
        assertThat(reader.read("乡里审核过了，能直接批准救助，不用报县里了吧？").act()).isEqualTo(Act.APPROVE);
        assertThat(reader.read("镇里能直接批低保吗？").act()).isEqualTo(Act.APPROVE);
    }

    @Test
    void smokeAllOverTheVillageNamesNoVillage() {
        assertThat(reader.read("烧麦茬子、烧树叶子弄得满村都是烟，乡里能罚不").facts().location()).isNull();
    }

    @Test
    void theTimeAndMeansOfAnEnforcementAreRead() {
        assertThat(reader.enforcementSteps("镇里大年初一去强拆行不行"))
                .containsExactly(cn.quanze.decision.EnforcementStep.AT_NIGHT_OR_ON_HOLIDAY);
        assertThat(reader.enforcementSteps("镇里能不能先给他家断电逼他拆"))
                .containsExactly(cn.quanze.decision.EnforcementStep.SUPPLY_CUT);
        assertThat(reader.enforcementSteps("公告贴了，复议期也过了，镇里能强拆吗")).isEmpty();
        assertThat(reader.enforcementSteps("他是晚上偷偷盖的房，公告贴了，镇里能强拆吗")).isEmpty();
        assertThat(reader.enforcementSteps("镇里晚上十点去强拆行不行"))
                .containsExactly(cn.quanze.decision.EnforcementStep.AT_NIGHT_OR_ON_HOLIDAY);
    }

    @Test
    void aPenaltyOnTheSpotAndAnOffendersCapacityAreRead() {
        assertThat(QuestionReader.penaltyBars("镇里简易程序罚公司一万")).contains(cn.quanze.decision.PenaltyBar.ON_THE_SPOT);
        assertThat(QuestionReader.penaltyBars("说了一回他当场就推走了，还能罚吗")).doesNotContain(cn.quanze.decision.PenaltyBar.ON_THE_SPOT);
        assertThat(QuestionReader.penaltyBars("这人是个精神病人，发病期间不能控制自己，能罚吗"))
                .contains(cn.quanze.decision.PenaltyBar.INCAPACITY_NAMED, cn.quanze.decision.PenaltyBar.INCAPABLE_AT_ACT);
        assertThat(QuestionReader.penaltyBars("他是未满十四周岁的孩子，还能罚吗")).contains(cn.quanze.decision.PenaltyBar.MINOR_NAMED);
    }

    @Test
    void aFineToldAsDoneIsNotThePenaltyAsked() {
        assertThat(reader.read("镇里已经责令补种并罚款了，他拒不交罚款，镇里能不能自己冻结他的银行存款").act()).isEqualTo(Act.ENFORCE);
    }

    @Test
    void goingAheadBeforeTheCountyApprovesAsksTheApproval() {
        assertThat(reader.read("公益性墓地，镇里审核了，县民政还没批，能先动工吗").act()).isEqualTo(Act.APPROVE);
        assertThat(reader.read("没批就盖房了，镇里能罚吗").act()).isEqualTo(Act.PENALIZE);
    }

    @Test
    void aStepDispensedWithIsReadTheSameBeforeOrAfterTheStep() {
        var bars = java.util.List.of(
                "罚款五千，跳过集体讨论直接定了行吗", "罚款五千，集体讨论就免掉吧",
                "企业要求听证，能不能跳过听证直接罚", "企业要求听证，听证就省了吧",
                "罚款两万，绕过法审直接下决定行吗", "罚款两万，法审免去行吗",
                "省了告知直接罚行吗", "告知就不搞了，直接罚");
        var expected = java.util.List.of(
                cn.quanze.decision.PenaltyBar.NO_COLLECTIVE_DISCUSSION, cn.quanze.decision.PenaltyBar.NO_COLLECTIVE_DISCUSSION,
                cn.quanze.decision.PenaltyBar.HEARING_NOT_HELD, cn.quanze.decision.PenaltyBar.HEARING_NOT_HELD,
                cn.quanze.decision.PenaltyBar.NO_LEGAL_REVIEW, cn.quanze.decision.PenaltyBar.NO_LEGAL_REVIEW,
                cn.quanze.decision.PenaltyBar.NO_HEARING, cn.quanze.decision.PenaltyBar.NO_HEARING);
        for (int i = 0; i < bars.size(); i++) {
            assertThat(QuestionReader.penaltyBars(bars.get(i))).as(bars.get(i)).contains(expected.get(i));
        }
        assertThat(QuestionReader.penaltyBars("集体讨论过了，法审也通过了，罚五千行吗"))
                .doesNotContain(cn.quanze.decision.PenaltyBar.NO_COLLECTIVE_DISCUSSION, cn.quanze.decision.PenaltyBar.NO_LEGAL_REVIEW);
    }

    @Test
    void theOneFoundToHaveDoneItIsTheOffenderAndNoOneElse() {
        var notOffender = cn.quanze.decision.PenaltyBar.NOT_THE_OFFENDER;
        assertThat(QuestionReader.penaltyBars("老王被人举报盗伐，查清楚了是隔壁老赵干的，镇上能罚老王吗")).contains(notOffender);
        assertThat(QuestionReader.penaltyBars("老王被人举报盗伐，查清楚了是隔壁老赵干的，镇上能罚老赵吗")).doesNotContain(notOffender);
        assertThat(QuestionReader.penaltyBars("有人烧秸秆，镇里处理完了，想把村支书也罚一下，说他没管好")).contains(notOffender);
        assertThat(QuestionReader.penaltyBars("有人烧秸秆，镇里能罚他吗")).doesNotContain(notOffender);
    }

    @Test
    void aYearNamedThreeOrMoreYearsBackAndTakenUpNowIsPastTheLimit() {
        var late = cn.quanze.decision.PenaltyBar.FOUND_LATE;
        assertThat(QuestionReader.penaltyBars("有人2021年秋天烧过秸秆，现在想翻出来罚他", 2026)).contains(late);
        assertThat(QuestionReader.penaltyBars("有人2025年秋天烧过秸秆，现在想翻出来罚他", 2026)).doesNotContain(late);
        assertThat(QuestionReader.penaltyBars("有人2021年秋天烧过秸秆，镇里罚了", 2026)).doesNotContain(late);
    }

    @Test
    void aBirthYearGivesTheAgeOrTheYearBelowIt() {
        var under = cn.quanze.decision.PenaltyBar.MINOR_NAMED;
        var acted = cn.quanze.decision.PenaltyBar.MINOR_ACTED;
        var lighter = cn.quanze.decision.PenaltyBar.MINOR_LIGHTER;
        // born 2013, asked in 2026: twelve or thirteen, under fourteen either way
        assertThat(QuestionReader.penaltyBars("一个2013年出生的孩子在林地里放火，镇里能罚他吗", 2026)).contains(under, acted);
        // born 2012: thirteen or fourteen, to be checked, not taken as under fourteen
        assertThat(QuestionReader.penaltyBars("一个2012年出生的孩子在林地里放火，镇里能罚他吗", 2026)).contains(under, lighter).doesNotContain(acted);
        assertThat(QuestionReader.penaltyBars("出生于2010年5月的学生在林地里放火，镇里能罚他吗", 2026)).contains(lighter).doesNotContain(under);
        assertThat(QuestionReader.penaltyBars("一个2000年生的小伙子在林地里放火，镇里能罚他吗", 2026)).doesNotContain(under, lighter);
        // 2021年生产的 is no birth
        assertThat(QuestionReader.penaltyBars("他卖2021年生产的过期种子，镇里能罚他吗", 2026)).doesNotContain(under, lighter);
    }

    @Test
    void aWrongdoingStillToComeIsNotDone() {
        var notDone = cn.quanze.decision.PenaltyBar.NOT_DONE;
        assertThat(QuestionReader.penaltyBars("老刘说他明天要去地里烧秸秆，还没烧呢，乡里能不能今天先罚他款")).contains(notDone);
        assertThat(QuestionReader.penaltyBars("老刘昨天在地里烧秸秆，乡里能罚他款")).doesNotContain(notDone);
    }

    @Test
    void noIncomeIsNoConfiscationAndNotFiningIsNoPenalty() {
        assertThat(reader.read("兴元村一个八十多岁的老人没收入，生活困难，镇里能救助吗").act()).isEqualTo(Act.PAY);
        assertThat(reader.read("局长打电话说别罚了，镇里能不能不罚、直接撤案").act()).isEqualTo(Act.REVOKE);
    }

    @Test
    void aDigitAfterTenThousandIsOfTheThousandsAndAMultipleOfTheGainsIsNamed() {
        assertThat(QuestionReader.fineSaid("网吧不挂禁入标志，罚1万6")).isEqualTo(16000.0);
        assertThat(QuestionReader.fineSaid("罚3千5")).isEqualTo(3500.0);
        assertThat(QuestionReader.fineSaid("罚直接负责人1.5万")).isEqualTo(15000.0);
        assertThat(QuestionReader.multipleOf("就按赚的钱罚5倍")).isEqualTo("违法所得");
        assertThat(QuestionReader.multipleOf("按违法所得的三倍罚")).isEqualTo("违法所得");
        assertThat(QuestionReader.multipleOf("按树值罚5倍")).isNull();
    }

    @Test
    void aPartyGoneIsAPersonDeadOrACompanyDeregisteredNotAnAnimal() {
        assertThat(QuestionReader.partyCeased("那个老汉上个月已经去世了，还能罚他吗")).isEqualTo("已经去世了");
        assertThat(QuestionReader.partyCeased("醋厂已经注销了，还能罚它吗")).isEqualTo("厂已经注销了");
        assertThat(QuestionReader.partyCeased("他的营业执照早就注销了，还在村里开网吧")).isNull();
        assertThat(QuestionReader.partyCeased("厂里已经死了一个工人，乡里能罚厂子吗")).isNull();
        assertThat(QuestionReader.partyCeased("养殖户把已经死了的病羊扔在河沟里")).isNull();
        assertThat(QuestionReader.partyCeased("他爹去世后他在耕地上建了房")).isNull();
    }

    @Test
    void anOrganAsThePartyIsNotAnOrganAsWhereTheCaseGoes() {
        assertThat(QuestionReader.partyIsAuthority("县交通局的工程车压坏了公路，镇里罚交通局")).isEqualTo("罚交通局");
        assertThat(QuestionReader.partyIsAuthority("乡政府自己的垃圾车乱倒垃圾")).isEqualTo("乡政府自己的");
        assertThat(QuestionReader.partyIsAuthority("有人盗伐林木，乡里罚款后报县林业局备案")).isNull();
        assertThat(QuestionReader.partyIsAuthority("这个处罚权交给县局了吗")).isNull();
        assertThat(QuestionReader.partyIsAuthority("镇里能处理县林业局转来的盗伐林木案件吗")).isNull();
        assertThat(QuestionReader.partyIsAuthority("村里有人设赌局，镇里能制止赌局吗")).isNull();
    }

    @Test
    void aVillageCommitteeActingForTheTownshipAndAnArticleProposedAreRead() {
        assertThat(QuestionReader.villageActsForTownship("村委会替镇里审批临时板房")).isEqualTo("村委会替镇里审批");
        assertThat(QuestionReader.villageActsForTownship("能不能委托村委会去罚烧秸秆的")).isEqualTo("委托村委会去罚");
        assertThat(QuestionReader.villageActsForTownship("让村委会通知他来镇里")).isNull();
        assertThat(QuestionReader.proposedArticle("能不能按畜禽条例第四十一条给它开罚单")).isEqualTo(new QuestionReader.ProposedArticle(41, "畜禽条例"));
        assertThat(QuestionReader.proposedArticle("按清单第41条罚他")).isNull();
        assertThat(QuestionReader.proposedArticle("森林法第七十六条规定了盗伐")).isNull();
        assertThat(QuestionReader.proposedArticle("依据是医疗用毒性药品管理办法第10条吧")).isEqualTo(new QuestionReader.ProposedArticle(10, "医疗用毒性药品管理办法"));
        assertThat(QuestionReader.proposedArticle("镇政府按电力法53条能强制砍伐吗")).isEqualTo(new QuestionReader.ProposedArticle(53, "电力法"));
        assertThat(QuestionReader.proposedArticle("按《中华人民共和国消防法》第六十条罚")).isEqualTo(new QuestionReader.ProposedArticle(60, "消防法"));
        // a case paper: 处罚依据：《…》第六十条; 违反了《…》的规定，依据该条例第五十六条 (该条例 is the one named before)
        assertThat(QuestionReader.proposedArticle("处罚依据：《中华人民共和国消防法》第六十条第二款")).isEqualTo(new QuestionReader.ProposedArticle(60, "消防法"));
        assertThat(QuestionReader.proposedArticle("违反了《公路安全保护条例》的规定，依据该条例第五十六条之规定，拟罚款"))
                .isEqualTo(new QuestionReader.ProposedArticle(56, "公路安全保护条例"));
        assertThat(QuestionReader.proposedArticle("拟依据该法第七十五条处罚")).isEqualTo(new QuestionReader.ProposedArticle(75, ""));
        assertThat(QuestionReader.proposedLaw("按大气法罚五百，乡里能罚吗")).isEqualTo("大气法");
        assertThat(QuestionReader.proposedLaw("按《中华人民共和国森林法》处罚")).isEqualTo("森林法");
        assertThat(QuestionReader.proposedLaw("按规定处罚")).isNull();
        assertThat(QuestionReader.proposedLaw("按畜禽条例第四十一条罚")).isNull();
        assertThat(QuestionReader.proposedBasis("按大气法罚五百")).isNull();
        assertThat(QuestionReader.ownActDay("2022年镇里罚了一个网吧，那时候有这个权吗")).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(QuestionReader.ownActDay("他2022年盖的房，现在镇里能罚吗")).isNull();
        assertThat(QuestionReader.ownActDay("问一下2023年3月的时候，乡政府能不能依这个清单处罚网吧")).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(QuestionReader.ownActDay("2023年7月20号那天，镇里能不能当场罚款50元")).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(QuestionReader.ownActDay("2023年2月30日那天，镇里能不能罚")).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(QuestionReader.ownActDay("2022年的时候，我们有个村民在耕地挖沙，现在能罚吗")).isNull();
        assertThat(QuestionReader.ownActDay("二〇二二年六月镇里对一个挖砂的人罚了款，镇里想证明当时有权")).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(QuestionReader.ownActDay("二〇二三年十二月的时候，镇里能不能罚")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(QuestionReader.ownActDay("二〇二三年七月二十日那天，镇里能不能罚")).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(QuestionReader.ownActDay("2021年建安镇查过一家歌厅，还罚了款，当时有权吗")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(QuestionReader.beforeCourt("其中一户已经去县法院起诉了")).isEqualTo("去县法院起诉");
        assertThat(QuestionReader.beforeCourt("法院已经判了，乡里能不能重新调解")).isNull();
        assertThat(QuestionReader.beforeCourt("两户都不想去法院打官司，乡里能调解吗")).isNull();
    }

    @Test
    void factsNotYetLookedIntoAreToBeEstablishedNotRefused() {
        var bars = QuestionReader.penaltyBars("有人反映可能有人私设排污口，乡里还没去现场核实，能先罚吗");
        assertThat(bars).contains(cn.quanze.decision.PenaltyBar.FACTS_UNCHECKED).doesNotContain(cn.quanze.decision.PenaltyBar.FACTS_UNPROVEN);
        assertThat(QuestionReader.fineSaid("饭店往河沟倒生活垃圾，罚饭店一万")).isEqualTo(10000.0);
    }

    @Test
    void aLetterIsReadWithoutItsSalutationAndClosingAndAsksInItsLastSentence() {
        assertThat(QuestionReader.asAsked("县委依法治县办、县司法局：村里有人烧秸秆。我乡能否处罚？请予书面答复。"))
                .isEqualTo("村里有人烧秸秆。我乡能否处罚？");
        assertThat(QuestionReader.asAsked("县司法局法制股：能否审核？以上请示，请审示。")).isEqualTo("能否审核？");
        assertThat(QuestionReader.asAsked("村民来换证 镇里初审 行不")).isEqualTo("村民来换证，镇里初审，行不");
        // 县里征收…后 is a fact told; the last sentence asks the review
        assertThat(reader.read("一是县里征收南大贤村集体土地后，农民申请补贴。我乡能否依据该文件，对补贴名单进行审核？").act()).isEqualTo(Act.REVIEW);
        // the closing courtesy names no act: the question before it still asks
        assertThat(reader.read("村里有人烧秸秆，镇里处理。麻烦给个准话，可以还是不可以。").act()).isNotNull();
    }

    @Test
    void aPenaltyAskedOfOneTheCheckFoundDidNotDoItIsBarred() {
        assertThat(QuestionReader.penaltyBars("报告说张某盗伐了树，后来林业站去看了，是他邻居李某砍的，能罚张某吗"))
                .contains(cn.quanze.decision.PenaltyBar.NOT_THE_OFFENDER);
        assertThat(QuestionReader.penaltyBars("报告说张某盗伐了树，后来林业站去看了，是他邻居李某砍的，能罚李某吗"))
                .doesNotContain(cn.quanze.decision.PenaltyBar.NOT_THE_OFFENDER);
        assertThat(QuestionReader.penaltyBars("网吧登记核对了，那娃拿的是他哥的身份证，确实看不出来，还能罚吗"))
                .contains(cn.quanze.decision.PenaltyBar.NO_FAULT_CLAIMED);
        assertThat(QuestionReader.penaltyBars("网吧老板说孩子们自己拿别人的身份证来的，镇里能处罚吗"))
                .doesNotContain(cn.quanze.decision.PenaltyBar.NO_FAULT_CLAIMED);
        assertThat(QuestionReader.penaltyBars("有人举报李某砍了集体的树，经查确实是他自己砍的，能罚李某吗"))
                .doesNotContain(cn.quanze.decision.PenaltyBar.NOT_THE_OFFENDER);
    }

    @Test
    void aNormativeDocumentsTermCommentPeriodTitleAndLapseAreRead() {
        var t = QuestionReader.documentTerms("我们镇规范性文件有效期能不能定十年，省得老改");
        assertThat(t.validityYears()).isEqualTo(10);
        assertThat(t.provisional()).isFalse();
        assertThat(QuestionReader.documentTerms("镇里的暂行办法有效期3年").provisional()).isTrue();
        assertThat(QuestionReader.documentTerms("这个规范性文件写长期有效行不行").validityYears()).isEqualTo(Integer.MAX_VALUE);
        var c = QuestionReader.documentTerms("文件影响企业经营，征求意见只搞了7天，能发吗");
        assertThat(c.commentDays()).isEqualTo(7);
        assertThat(c.businesses()).isTrue();
        assertThat(QuestionReader.documentTerms("涉及商户的文件没有公开征求意见就印发").commentDays()).isZero();
        assertThat(QuestionReader.documentTerms("题目能不能叫《台城镇环境保护条例》").tiaoli()).isEqualTo("《台城镇环境保护条例》");
        assertThat(QuestionReader.documentTerms("陈家庄乡规范性文件已经过期一年了，还能继续用它做依据处理村民的事吗").lapsed()).isNotNull();
        // a document that lapsed and is not to be relied on again is no question of its lapse
        assertThat(QuestionReader.documentTerms("去年的规范性文件过期了，镇里想重新制定一个").lapsed()).isNull();
        assertThat(QuestionReader.documentTerms("东冶镇能不能发个关于秸秆禁烧的规范性文件")).isEqualTo(QuestionReader.DocumentTerms.NONE);
    }

    @Test
    void theComplainantsAreNotTheParty() {
        assertThat(reader.read("老百姓意见很大，天天有人打电话到乡里。储存危险物品的仓库与员工宿舍距离不符合安全要求，乡政府处罚行不？")
                .facts().partyType()).isNull();
        assertThat(reader.read("接到村民举报，有个村民在河道里采砂，乡里能罚他吗").facts().partyType()).isEqualTo(PartyType.INDIVIDUAL);
    }

    @Test
    void aMultipleToldAsTheStandardIsNotTheFineAskedAndASharedFineIsEachPartysShare() {
        var f = reader.read("盗伐林木，价值2000元，按5倍应罚1万元。镇里想减半罚5000元，可以吗？").facts().penalty();
        assertThat(f.multiple()).isNull();
        assertThat(f.amountYuan()).isEqualTo(5000.0);
        assertThat(reader.read("两户人家合伙扔病死牛，乡里想一共罚5000元，两家平摊，可以吗？").facts().penalty().amountYuan()).isEqualTo(2500.0);
    }

    @Test
    void anExamsMarkedOptionIsTheActAskedAndItsInstructionIsNoQuestion() {
        assertThat(QuestionReader.asAsked("罚款是（  ）。A.300元 B.800元 C.2500元 D.5000元。标注的选项：B。请判断按标注选项处罚是否合法。"))
                .isEqualTo("罚款是（  ）。800元。标注的选项：B");
        // no option marked: the options stay as written
        assertThat(QuestionReader.chosenOption("罚款是（  ）。A.300元 B.800元 C.2500元")).isEqualTo("罚款是（  ）。A.300元 B.800元 C.2500元");
        assertThat(QuestionReader.asAsked("拟作出行政处罚决定，责令退还土地。请判断该拟处理是否合法。")).isEqualTo("拟作出行政处罚决定，责令退还土地");
    }

    @Test
    void anInterviewRecordIsToldAndOnlyTheLastSentenceAsks() {
        String q = "询问笔录\n问：你收树的时候有没有经过批准？\n答：没有，我不知道要批。\n承办人意见：拟罚款二千元。本镇能否作出？";
        String told = QuestionReader.callersWords(q);
        assertThat(told).contains("没有，我不知道要批").contains("承办人意见").doesNotContain("答：").doesNotContain("批准？");
        assertThat(told).endsWith("本镇能否作出？");
        // a call record keeps the caller's words alone, as before
        assertThat(QuestionReader.callersWords("来电人：镇里能罚烧秸秆的吗？值班员：我记一下。")).isEqualTo("镇里能罚烧秸秆的吗？");
    }

    @Test
    void theCaseSumIsTheOneTheArticleReckonsOn() {
        String q = "没收违法所得八百元，违法经营的农药货值金额不足一万元，拟罚款六千元";
        assertThat(QuestionReader.caseSum(q).base()).isEqualTo("违法所得");
        QuestionReader.CaseSum goods = QuestionReader.caseSum(q, "货值"::equals);
        assertThat(goods.base()).isEqualTo("货值");
        assertThat(goods.exact()).isFalse();
        assertThat(goods.yuan()).isLessThan(10000);
        // 以8000元价款收购: the sum before the word of its base
        QuestionReader.CaseSum price = QuestionReader.caseSum("明知是盗伐的松木，仍以8000元价款收购", "价款"::equals);
        assertThat(price).isEqualTo(new QuestionReader.CaseSum("价款", 8000, true));
        // 多领了6000元补助资金: the sum taken by deceit, the base 退耕还林条例第五十七条 reckons on
        assertThat(QuestionReader.caseSum("虚报退耕还林面积，多领了6000元补助资金", "冒领资金额"::equals))
                .isEqualTo(new QuestionReader.CaseSum("冒领资金额", 6000, true));
    }

    @Test
    void aCorrectionMadeByOthersIsNoCorrectionAtOnce() {
        assertThat(QuestionReader.correctedAtOnce("护林员一喊，他当场就踩灭了")).isTrue();
        // 责令他当场扑灭了: corrected at once when ordered still counts (第三十三条 asks whether it was timely)
        assertThat(QuestionReader.correctedAtOnce("执法队到现场，责令他当场扑灭了")).isTrue();
        // 已被当场扑灭: put out by others
        assertThat(QuestionReader.correctedAtOnce("游客在林缘生火烧烤，已被当场扑灭")).isFalse();
    }

    @Test
    void votesAndContractsAboutAdjustingLandAreRead() {
        assertThat(QuestionReader.consentShare("村民代表会议35个代表28个同意")).isTrue();
        assertThat(QuestionReader.consentShare("召开村民代表会议，应到41人、实到39人，同意33人")).isTrue();
        assertThat(QuestionReader.consentShare("召开村民代表会议，应到41人、实到39人，同意20人")).isFalse();
        assertThat(QuestionReader.contractForbidsAdjusting("合同第八条写的“承包期内发包方不得调整承包地”")).isTrue();
        assertThat(QuestionReader.contractForbidsAdjusting("合同里没说能不能调")).isFalse();
        // asked, not told
        assertThat(QuestionReader.contractForbidsAdjusting("当年承包合同里有没有写不许调整，俺也找不着了")).isFalse();
        assertThat(QuestionReader.contractForbidsAdjusting("承包合同是否写了不得调整还要查")).isFalse();
    }

    @Test
    void treesAloneAreNoBuildingToDemolish() {
        assertThat(QuestionReader.plantsOnly("电力设施保护区里的三棵杨树，镇政府可以组织强制砍了吗")).isTrue();
        assertThat(QuestionReader.plantsOnly("保护区里盖了间棚子还栽了树，能强制拆除、砍伐吗")).isFalse();
        // 定 asked of an item whose act is to determine (确定); a permit named is approving
        assertThat(QuestionReader.saysDetermine("镇政府可以自己定这个摊点区域和营业时段吧")).isTrue();
        assertThat(QuestionReader.saysDetermine("镇里能定下来给他发许可证吗")).isFalse();
    }

    @Test
    void anActUnnoticedForMoreThanTwoYearsIsFoundTooLate() {
        assertThat(QuestionReader.foundTooLate("2024年3月没办采伐证砍了20棵杨树，当时没人发现，今年9月林长巡林时才看到树桩", 2026)).isTrue();
        // the limit runs from the act's end (第三十六条第二款): 2024年5月到8月20日, found in October 2026
        assertThat(QuestionReader.foundTooLate("从2024年5月到8月20日在河道挖砂，之后就停了，今年10月县里转来线索我们才知道", 2026)).isTrue();
        // noticed at the time (制止, 登记), still going on, or harm to health within five years: not read as too late
        assertThat(QuestionReader.foundTooLate("2023年10月烧过塑料垃圾，当时就被村干部制止了，报给镇里登记了，今年才处理", 2026)).isFalse();
        assertThat(QuestionReader.foundTooLate("2020年春天占耕地盖房，一直住到现在，今年才发现", 2026)).isFalse();
        assertThat(QuestionReader.foundTooLate("2023年安排工人干粉尘活，当时没人发现，今年工人查出尘肺病才知道", 2026)).isFalse();
        // a continuing lack of filing ended only last year: the limit runs from then
        assertThat(QuestionReader.foundTooLate("货运站两年多以前没备案，一直没人发现，去年自己补了备案，今年才被举报", 2026)).isFalse();
        // 两年前 may be just two years; 两年多 is more
        assertThat(QuestionReader.foundTooLate("两年前烧过秸秆，当时没人发现，最近才被举报", 2026)).isFalse();
        assertThat(QuestionReader.foundTooLate("两年多以前烧过秸秆，当时没人发现，最近才被举报", 2026)).isTrue();
        // 没有任何记录 is no record
        assertThat(QuestionReader.foundTooLate("2023年5月遗洒的，当时没人报告，镇里没有任何记录，今年才有人拿视频举报", 2026)).isTrue();
    }

    @Test
    void aDeadlineToldAsADateMayStillBeAheadOrPassed() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        assertThat(QuestionReader.deadlinePassedAsTold("送达整改通知书，限12月15日前清除。今天柴草还没清", asOf)).isFalse();
        assertThat(QuestionReader.deadlinePassedAsTold("送达整改通知书，限11月30日前清除。今天柴草还没清", asOf)).isTrue();
        // the events of an earlier year, or no word of today: not read against the day asked
        assertThat(QuestionReader.deadlinePassedAsTold("去年送达整改通知书，限12月15日前清除，现在能罚吗", asOf)).isNull();
        assertThat(QuestionReader.deadlinePassedAsTold("送达整改通知书，限12月15日前清除，能罚吗", asOf)).isNull();
        // a later day told settles it by itself
        assertThat(QuestionReader.deadlineByEndDate("让他12月10日前把车挪走。今天是12月9日")).isFalse();
    }

    @Test
    void aDeadlineToldAsAPastDateHasPassedOnlyWhenTheOrderedThingIsStillUndone() {
        LocalDate asOf = LocalDate.of(2026, 12, 6);
        assertThat(QuestionReader.deadlinePassedAsTold("镇里责令11月30日前补上，到今天还没补，能罚吗", asOf)).isTrue();
        // something else left undone, or another date told (an extension, the day of the order); a deadline still ahead
        assertThat(QuestionReader.deadlinePassedAsTold("镇里责令11月30日前补上，已经补齐了，只是还没补盖公章，今天能罚吗", asOf)).isNull();
        assertThat(QuestionReader.deadlinePassedAsTold("镇里责令11月30日前补上，后来同意延到12月20日，到今天还没补，能罚吗", asOf)).isNull();
        assertThat(QuestionReader.deadlinePassedAsTold("镇里12月1日下了通知，责令1月15日前补上，到今天还没补，能罚吗", asOf)).isNull();
        assertThat(QuestionReader.deadlinePassedAsTold("镇里责令12月15日前补上，到今天还没补，能罚吗", asOf)).isFalse();
    }

    @Test
    void aSumWrittenWithThousandsSeparatorsIsOneSum() {
        assertThat(QuestionReader.withoutThousandsSeparators("罚他1,500元，冒领3,600元，罚12,000元，罚150,000元"))
                .isEqualTo("罚他1500元，冒领3600元，罚12000元，罚150000元");
        // two sums listed with a comma stay two
        assertThat(QuestionReader.withoutThousandsSeparators("对两户分别罚了600,800元")).isEqualTo("对两户分别罚了600,800元");
    }

    @Test
    void aFineOnTheUnitAndOneOnItsPersonInChargeAreBothRead() {
        assertThat(QuestionReader.unitAndPersonFines("承办人意见：对该门市罚款8万元，对负责人罚款5000元")).containsExactly(80000, 5000);
        assertThat(QuestionReader.unitAndPersonFines("准备对公司罚3万元，另外对公司经理王某个人罚两万元")).containsExactly(30000, 20000);
        assertThat(QuestionReader.unitAndPersonFines("对该门市罚款8万元")).isNull();
    }

    @Test
    void anActPutToThePartyAndDeniedInAnInterviewIsADenial() {
        assertThat(QuestionReader.penaltyBars(QuestionReader.callersWords("询问笔录：问：沟里那头死猪是你扔的吧？答：没有，我家的猪都在圈里。能罚吗")))
                .contains(cn.quanze.decision.PenaltyBar.PARTY_DENIES);
        assertThat(QuestionReader.penaltyBars(QuestionReader.callersWords("询问笔录：问：这些树是你砍的吗？答：是的。问：办证没有？答：没有。能罚吗")))
                .doesNotContain(cn.quanze.decision.PenaltyBar.PARTY_DENIES);
    }

    @Test
    void theTimeToSueRunsSixMonthsFromTheDecisionServed() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        assertThat(QuestionReader.appealTimeRunning("《责令停止建设限期改正通知书》10月20日送达，限期届满他没拆。乡里今天能组织强拆吗", asOf)).isTrue();
        // served in March: the six months ran out in September
        assertThat(QuestionReader.appealTimeRunning("3月2日镇政府作出限期拆除决定并当面送达，12月1日作出强制执行决定并送达", asOf)).isNull();
        // the enforcement decision itself is not the decision enforced
        assertThat(QuestionReader.appealTimeRunning("12月1日作出强制执行决定并送达，能拆吗", asOf)).isNull();
        assertThat(QuestionReader.appealTimeRunning("去年10月20日送达了限期拆除决定，能拆吗", asOf)).isNull();
    }

    @Test
    void theDayOfFireUseIsReadAgainstTheFirePreventionPeriodTold() {
        String season = "县里公布的森林防火期是每年11月1日至次年5月31日。";
        assertThat(QuestionReader.outsideToldFireSeason(season + "村民2026年10月20日在林边烧荒", 2026)).isTrue();
        assertThat(QuestionReader.outsideToldFireSeason(season + "村民今年3月12日在林边烧荒", 2026)).isFalse();
        assertThat(QuestionReader.outsideToldFireSeason("防火期是1月1日至5月31日、10月1日至12月31日。今年8月10日有人在林区边上烧地埂草", 2026)).isTrue();
        assertThat(QuestionReader.outsideToldFireSeason("森林防火期是2025年11月1日到2026年4月30日。2026年5月3日有人在林子里烧了堆垃圾", 2026)).isTrue();
        assertThat(QuestionReader.outsideToldFireSeason("防火期内有人在林边烧荒", 2026)).isNull();
        // a day no calendar has tells nothing, either in the period or on the day of the fire
        assertThat(QuestionReader.outsideToldFireSeason("县里公布的森林防火期是每年11月31日至次年5月31日。村民今年8月10日在林边烧荒", 2026)).isNull();
        assertThat(QuestionReader.outsideToldFireSeason(season + "村民今年2月30日在林边烧荒", 2026)).isNull();
    }

    @Test
    void aDeadlineOrOpeningOnNoDayOfTheCalendarTellsNothing() {
        assertThat(QuestionReader.deadlineByEndDate("让他13月10日前把车挪走。今天是12月9日")).isNull();
        assertThat(QuestionReader.daysSinceOpenedOn("乡里8月0日立案，现在12月上旬了，还能罚吗")).isEqualTo(-1);
        assertThat(QuestionReader.daysSinceOpenedOn("乡里8月3日立案，现在12月上旬了，还能罚吗")).isEqualTo(120);
    }

    @Test
    void anAgeIsCountedFromABirthToldToTheDay() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        assertThat(QuestionReader.ageOnTheDay("孩子2010年9月3日出生，从2026年11月1日起去砖厂干活", asOf)).isEqualTo(16);
        assertThat(QuestionReader.ageOnTheDay("孩子2010年12月20日出生，现在在砖厂干活", asOf)).isEqualTo(15);
        assertThat(QuestionReader.ageOnTheDay("孩子2010年出生，现在在砖厂干活", asOf)).isEqualTo(-1);
    }
    @Test
    void theRegistrationAgeIsReachedByTheEndOfTheYearOfTheRegistrationAsked() {
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("男孩是2009年3月出生的，今年的初次兵役登记正在进行", 2026)).isEqualTo(17);
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("小伙子2008年1月出生，2025年镇里组织初次兵役登记时", 2026)).isEqualTo(17);
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("小伙子2008年1月出生，今年组织登记", 2026)).isEqualTo(18);
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("今年组织初次兵役登记", 2026)).isEqualTo(-1);
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("明年（2027年）上半年按县人武部安排组织初次兵役登记，名单里有2009年11月出生的", 2026)).isEqualTo(18);
        assertThat(QuestionReader.ageAtEndOfRegistrationYear("2008年出生的小伙子2025年兵役登记时", 2026)).isEqualTo(17);
    }

    @Test
    void aWorkOrdersComplaintTellsTheMatterNotTheActAsked() {
        String order = "诉求内容：代表是谁拍板定的我们都不知道。\n转办意见：请镇里说明。\n镇里问：名单报到镇里，镇政府收下备案行吗？";
        assertThat(QuestionReader.withoutComplaint(order)).doesNotContain("拍板").contains("收下备案");
        // nothing of the county's or the township's after it: the complaint is all there is
        assertThat(QuestionReader.withoutComplaint("诉求内容：村里拍板把地收回了，乡里能管吗")).contains("拍板");
    }

    @Test
    void aPieceOfLandIsNoYuan() {
        assertThat(QuestionReader.amount("村民会议同意从机动地里给他换一块。")).isNull();
        assertThat(QuestionReader.amount("罚了他一块钱")).isEqualTo(1.0);
        assertThat(QuestionReader.amount("他家3块地都荒了")).isNull();
    }
    @Test
    void anotherMatterIsNotTheSameActFinedAgain() {
        assertThat(QuestionReader.sameActFinedAgain("乡里已经就这件事罚了8000元。还发现它放了两个初中生进去上网，这是另一件事。乡里准备再单独罚款5000元")).isNull();
        assertThat(QuestionReader.sameActFinedAgain("乡里已经就这件事罚了8000元，还能再罚5000元吗")).isTrue();
    }
    @Test
    void aFormsFieldLeftOpenIsNoFactStated() {
        assertThat(QuestionReader.contractForbidsAdjusting("承包期内，两户耕地毁损；承包合同未约定不得调整")).isFalse();
        assertThat(QuestionReader.contractForbidsAdjusting("合同第八条写的“承包期内发包方不得调整承包地”")).isTrue();
    }
    @Test
    void aTotalSaidWithYiGongIsTheSumNotOneYuan() {
        assertThat(QuestionReader.caseSum("收购价一共八千多块").yuan()).isGreaterThan(8000);
        assertThat(QuestionReader.caseSum("在集上卖野生植物，一共卖了五百块钱").base()).isEqualTo("违法所得");
    }
    @Test
    void aValueToldPerUnitIsTimesTheCountTold() {
        assertThat(QuestionReader.caseSum("偷砍了12棵杨树，林业站评估每棵值200元", "价值"::equals).yuan()).isEqualTo(2400);
        // no count told: the case's value is not known
        assertThat(QuestionReader.caseSum("偷砍了杨树，每棵值200元", "价值"::equals)).isNull();
        assertThat(QuestionReader.caseSum("收购价款一共8000元", "价款"::equals).yuan()).isEqualTo(8000);
    }
    @Test
    void aLastFigureAfterAUnitCountsInTheUnitBelow() {
        assertThat(QuestionReader.chineseAmount("两千五")).isEqualTo(2500);
        assertThat(QuestionReader.chineseAmount("一万五")).isEqualTo(15000);
        assertThat(QuestionReader.chineseAmount("一万二千五")).isEqualTo(12500);
        assertThat(QuestionReader.chineseAmount("一百五")).isEqualTo(150);
        assertThat(QuestionReader.chineseAmount("两千零五")).isEqualTo(2005);
        assertThat(QuestionReader.chineseAmount("十五")).isEqualTo(15);
        assertThat(QuestionReader.amount("乡里想把野兔没收，再罚两千五，行吗")).isEqualTo(2500.0);
    }
    @Test
    void aDayTheSpringFestivalMayFallOnIsToBeChecked() {
        assertThat(QuestionReader.maybeSpringFestival("镇里排的强拆日子是2027年2月5日，白天干")).isTrue();
        assertThat(QuestionReader.maybeSpringFestival("定于1月28日组织拆除")).isTrue();
        assertThat(QuestionReader.maybeSpringFestival("定于3月8日组织拆除")).isFalse();
        assertThat(QuestionReader.maybeSpringFestival("他2月5日盖的房")).isFalse();
    }

    @Test
    void aDeadlineCountedFromTheOrdersDayOrTheMonthsEndMayStillBeAhead() {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        assertThat(QuestionReader.deadlinePassedAsTold("乡里11月28日书面通知他20天内按规定加上标识。今天去看还没弄", asOf)).isFalse();
        assertThat(QuestionReader.deadlinePassedAsTold("乡里11月1日书面通知他20天内加上标识。今天去看还没弄", asOf)).isNull();
        assertThat(QuestionReader.deadlinePassedAsTold("上周已经责令改正，给的改正期限到月底。现在能不能责令停产整治", asOf)).isFalse();
        assertThat(QuestionReader.deadlinePassedAsTold("今年12.1已责改 限期至12.20→今天镇就强拆?", asOf)).isFalse();
        assertThat(QuestionReader.deadlinePassedAsTold("限期至1.5万元以下→今天罚?", asOf)).isNull();
    }

    @Test
    void whatOthersSayOfTheTownshipsPowerIsBackground() {
        java.util.regex.Pattern none = java.util.regex.Pattern.compile("(?!)");
        assertThat(QuestionReader.withoutPasted("每次组织撤离都有人说我们限制人身自由。现在洪水威胁群众安全，镇里组织撤离有依据吗？", none))
                .doesNotContain("限制人身自由");
        assertThat(QuestionReader.withoutPasted("有人说特困供养是民政局的事，乡里插手就是越权。老人递了申请，乡里能审核后报县里吗？", none))
                .doesNotContain("越权");
        // a proposal in others' words is kept: 队里有人说…罚那个公司五千块
        assertThat(QuestionReader.withoutPasted("队里有人说这是单位违法，想当场罚那个公司五千块。行吗？", none)).contains("五千块");
    }

    @Test
    void anOrdersMeasuresAndTheReplantingItAsks() {
        assertThat(QuestionReader.orderedMeasures("镇里能不能责令他退地、限期拆掉新盖的房子？")).containsExactly("退还", "拆除");
        assertThat(QuestionReader.orderedMeasures("能罚他吗？顺带让他补种行不行？")).containsExactly("补种");
        assertThat(QuestionReader.orderedMeasures("能罚他吗？")).isEmpty();
        assertThat(QuestionReader.replantMultiple("毁了20棵刺槐。乡政府能责令他停下、限期补种40棵树吗？")).isEqualTo(2.0);
        assertThat(QuestionReader.replantMultiple("乡政府能责令他限期补种40棵树吗？")).isEqualTo(-1.0);
        assertThat(QuestionReader.replantMultiple("乡政府能责令他限期补种吗？")).isNull();
    }
}
