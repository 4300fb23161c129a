package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDetectorTest {
    static TextDetector detector;

    @BeforeAll
    static void load() {
        detector = new TextDetector(PatternCatalogue.load(TestPaths.patterns()), VettingSettings.load(TestPaths.settings()));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "SETS_PENALTY|对违反本规定的经营户，处以五百元罚款。",
            "SETS_PENALTY|对单位处一万元以下罚款，对个人处二百元以下罚款。",
            "SETS_PENALTY|在禁烧区内露天焚烧秸秆的，罚款二百元。",
            "SETS_PENALTY|对非法收购的农产品，予以没收。",
            "SETS_PENALTY|屡教不改的，吊销其营业执照。",
            "SETS_PENALTY|拒不整改的，责令停产停业。",
            "SETS_LICENCE|新建养殖场须经乡镇人民政府批准后方可建设。",
            "SETS_LICENCE|未经县交通运输局许可，任何单位不得在农村公路上设置平交道口。",
            "SETS_LICENCE|从事废品收购的，应当取得镇人民政府核发的经营许可证。",
            "SETS_LICENCE|对全县小作坊实行审批管理。",
            "SETS_FEE|每户每年缴纳村庄保洁费六十元。",
            "SETS_FEE|停车费按每小时二元的标准收取。",
            "SETS_FEE|施工单位应当向镇政府交纳五万元保证金。",
            "SETS_COMPULSORY_MEASURE|对拒不停止施工的，予以查封、扣押施工设备。",
            "SETS_COMPULSORY_MEASURE|对无牌农用车，当场暂扣车辆。",
            "SETS_COMPULSORY_MEASURE|逾期不拆除的，由镇人民政府组织强制拆除。",
            "SETS_COMPULSORY_MEASURE|对拒不关停的小散乱企业，实施断电措施。",
    })
    void provisionsThatImposeAreCaught(String code, String sentence) {
        List<Finding> f = detector.detect(sentence);
        assertThat(f).extracting(Finding::code).contains(code);
        assertThat(f).filteredOn(x -> x.code().equals(code)).allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.excerpt()).isEqualTo(sentence.substring(0, sentence.length() - 1));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "对存在严重环境违法行为或者屡查屡犯的企业，加大处罚力度并公开曝光。",
            "对购置农机具的农户，按规定给予补贴。",
            "对年度新增纳入统计的服务业调查单位，给予10万元一次性奖励。",
            "乡（镇）人民政府对宅基地申请进行审核转报。",
            "优化审批服务，压减审批时限，推行“一窗受理”。",
            "由县行政审批服务管理局统一受理。",
            "对各渠道转办的问题线索，依法查处相关违规行为。",
            "依法严厉打击已淘汰持久性有机污染物的非法生产和加工使用。",
            "严格落实收费减免政策要求，清理不合理收费和违规转嫁成本。",
            "未经批准，任何单位和个人不得对外发布普查数据。",
            "对已达到强制报废标准的农用车，给予适当补贴引导报废。",
            "对在乡、村庄规划区内未依法取得乡村建设规划许可证进行建设，逾期不改正的强制拆除。",
            "组织饲养动物的单位和个人做好强制免疫。",
            "严禁违法查封、扣押、冻结企业财产。",
            "不得向企业收取任何费用。",
            "督促用人单位依法足额缴纳社会保险费。",
            "依法停止其产品登记或生产许可证核发。",
            "全面规范实施人力资源服务许可告知承诺制。",
    })
    void mentionsAreNotProvisionsThatImpose(String sentence) {
        assertThat(detector.detect(sentence)).isEmpty();
    }

    /** The two sentences of issue 14 that passed before the detectors read a clause's structure. */
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "SETS_LICENCE|从事农村生活垃圾清运服务的单位，应当向县住房和城乡建设管理局申请取得准运证后，方可开展清运业务。",
            "SETS_COMPULSORY_MEASURE|对拒不卸载的超限车辆，可以先行扣押，待卸载后返还。",
            "SETS_LICENCE|运输砂石料的车辆，凭镇综合执法队核发的通行证方可进入镇区道路。",
            "SETS_FEE|施工单位进场前须缴纳文明施工保证金十万元。",
            "SETS_PENALTY|对阻碍执法人员执行公务的，予以行政拘留。",
            "SETS_PENALTY|对施工安全管理不到位的建筑企业，降低其资质等级。",
            "SETS_COMPULSORY_MEASURE|到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
            "SETS_COMPULSORY_MEASURE|对逾期不履行清理义务的单位，由镇政府委托第三方代为清理，费用由当事人承担。",
    })
    void draftingFormsOfIssue14AreCaught(String code, String sentence) {
        assertThat(detector.detect(sentence)).extracting(Finding::code).contains(code);
    }

    @Test
    void stoppingWaterOrPowerCitesItsOwnProvision() {
        Finding f = detector.detect("对拒不签订拆迁协议的住户，采取停水、停电措施。").get(0);
        assertThat(f.code()).isEqualTo(FindingCodes.SETS_COMPULSORY_MEASURE);
        assertThat(f.basis()).isEqualTo("《中华人民共和国行政强制法》第四十三条第二款");
        Finding demolition = detector.detect("对拒不拆除的违章建筑，镇人民政府组织力量强制拆除。").get(0);
        assertThat(demolition.basis()).contains("第十三条第一款").doesNotContain("第十条");
    }

    /** Issue 14 point 2: lawful wording of these kinds is never a finding. */
    @ParameterizedTest
    @ValueSource(strings = {
            "对违反上述规定的，依照《中华人民共和国大气污染防治法》的规定予以处罚。",
            "违反本办法规定的，由有关部门依照相关法律法规予以处理。",
            "严禁擅自设立收费项目、提高收费标准。",
            "按照《中华人民共和国行政许可法》的规定提交申请材料。",
            "不得强制学生参加课后服务。",
            "严禁对居民生活采取停止供水、供电等方式迫使当事人履行行政决定。",
            "依照《中华人民共和国行政强制法》规定的程序实施强制拆除。",
            "对工作推进不力、排名靠后的乡镇予以通报批评。",
            "已经依法取得采矿许可证的企业，应当在许可范围内开采。",
            "督促用人单位依法足额缴纳社会保险费。",
    })
    void lawfulWordingOfIssue14IsNotAFinding(String sentence) {
        assertThat(detector.detect(sentence)).isEmpty();
    }

    @Test
    void mentioningStrongerPenaltiesIsNotSettingOne() {
        assertThat(detector.detect("各乡镇要加大处罚力度，依法查处、严厉打击违法行为。")).isEmpty();
    }

    @Test
    void restatingALawIsDowngradedToAWarningAskingForACheck() {
        List<Finding> f = detector.detect("违反本办法的，依照《中华人民共和国食品安全法》第一百二十二条规定，处五万元以上十万元以下罚款。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(FindingCodes.SETS_PENALTY);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("核对");
        });
    }

    @Test
    void aClauseAfterALawsProvisionIsARestatementButNotAfterAnotherNormativeDocument() {
        assertThat(detector.detect("当事人到期不缴纳罚款的，依照《中华人民共和国行政处罚法》的规定，每日按罚款数额的百分之三加处罚款。"))
                .isEmpty();
        assertThat(detector.detect("依照《五台县市容管理办法》的规定，对违规者处以二百元罚款。")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void aMatchStartingInLawfulWordingDoesNotHideALaterOne() {
        assertThat(detector.detect("对扣押的车辆，逾期不处理的，予以变卖。")).singleElement()
                .extracting(Finding::code).isEqualTo(FindingCodes.SETS_COMPULSORY_MEASURE);
        assertThat(detector.detect("对扣押的车辆，应当妥善保管。")).isEmpty();
    }

    @Test
    void citingAnotherNormativeDocumentDoesNotSoftenTheFinding() {
        List<Finding> f = detector.detect("依照《五台县市容管理办法》，对违规者处以二百元罚款。");
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void oneFindingPerCodeAndSentenceButEachSentenceCounts() {
        List<Finding> f = detector.detect("对违规者处以二百元罚款，并予以没收。\n对再次违规者处以五百元罚款。");
        assertThat(f).extracting(Finding::code).containsExactly("SETS_PENALTY", "SETS_PENALTY");
        assertThat(f.get(1).excerpt()).isEqualTo("对再次违规者处以五百元罚款");
    }

    @Test
    void longSentencesAreTrimmedAroundTheMatch() {
        String padding = "各有关单位要高度重视、加强领导、明确责任、密切配合、形成合力".repeat(5);
        String sentence = padding + "，对违反规定的处以一千元罚款，" + padding;
        Finding f = detector.detect(sentence + "。").get(0);
        assertThat(f.excerpt()).hasSizeLessThanOrEqualTo(TextDetector.MAX_EXCERPT)
                .contains("处以一千元罚款").startsWith("…").endsWith("…");
        assertThat(sentence).contains(f.excerpt().replace("…", ""));
    }

    @Test
    void aLongStretchWithoutFullStopsIsCutAfterCommasAndStillRead() {
        String filler = "各有关单位要高度重视，加强领导，明确责任，".repeat(100);
        String text = filler + "对违规经营户处以二百元罚款，" + filler;
        List<String> pieces = TextDetector.sentences(text);
        assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(TextDetector.MAX_SENTENCE));
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(detector.detect(text)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCodes.SETS_PENALTY);
            assertThat(text).contains(f.excerpt().replace("…", ""));
        });
    }

    @Test
    void blankTextHasNoFindings() {
        assertThat(detector.detect((String) null)).isEmpty();
        assertThat(detector.detect("  \n ")).isEmpty();
    }
}
