package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import cn.quanze.citation.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue data matches the gazette item for item (only whitespace may differ). */
class TranscriptionTest {

    private static TownshipCatalogue catalogue() {
        return QuanzeFixture.quanze().data().catalogue();
    }

    /** Rows of the gazette's own table (item 10 of the gazette), read afresh from the source. */
    private static List<String[]> gazetteRows() throws IOException {
        Path gazette = QuanzeFixture.gazette();
        assertThat(gazette).as("the gazette in the repository (catalog/sources)").exists();
        List<String> lines = Files.readAllLines(gazette, StandardCharsets.UTF_8);
        int start = lines.indexOf("## 五台县乡镇权责清单参考目录（2023年版）");
        assertThat(start).isPositive();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("# ")) break;
            String[] cells = line.split("\t");
            if (cells.length == 4 && cells[0].strip().matches("\\d+")) rows.add(cells);
        }
        return rows;
    }

    private static String ws(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Test
    void everyItemMatchesTheGazetteVerbatim() throws IOException {
        List<String[]> rows = gazetteRows();
        assertThat(rows).hasSize(152);
        for (String[] row : rows) {
            CatalogueItem item = catalogue().item(Integer.parseInt(row[0].strip())).orElseThrow();
            assertThat(item.type().label()).as("item %s type", row[0]).isEqualTo(row[1].strip());
            assertThat(item.name()).as("item %s name", row[0]).isEqualTo(ws(row[2]));
            assertThat(item.basisText()).as("item %s basis", row[0]).isEqualTo(ws(row[3]));
        }
    }

    @ParameterizedTest(name = "第{0}项 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | 行政许可     | 对个别农户之间承包的耕地和草地适当调整的审批 | 1 | 《中华人民共和国农村土地承包法》（2018年修正）第二十八条
            4   | 行政许可     | 对农村宅基地和建房规划的审批 | 3 | 《中华人民共和国土地管理法》（2019年修正）第六十二条第四款
            6   | 行政强制     | 对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照乡村建设规划许可证的规定进行建设的，逾期不改正的强制拆除 | 1 | 《中华人民共和国城乡规划法》（2019年修正）第六十五条
            10  | 行政强制     | 对受到地质灾害威胁情况紧急时的强行避灾疏散 | 1 | 《地质灾害防治条例》（2003年国务院令 第394号）第二十九条
            12  | 行政征收     | 为应对突发事件对单位和个人财产的征用 | 1 | 《中华人民共和国突发事件应对法》（2007年11月施行）第五十二条
            13  | 行政给付     | 对森林病虫害防治费用的扶持或补助 | 1 | 《森林病虫害防治条例》（1989年国务院令 第46号）第十九条
            17  | 行政检查     | 对本行政区域内农产品生产的检查 | 1 | 《山西省农产品质量安全条例》（2012年3月施行）第三条第三款
            21  | 行政检查     | 对本辖区禁止野外用火的监督管理 | 1 | 《山西省人民代表大会常务委员会关于禁止野外用火的决定》（2020年5月施行）
            25  | 行政确认     | 组织适龄男性公民进行初次兵役登记 | 1 | 《中华人民共和国兵役法》（2021年修订）第十五条第二款
            26  | 行政确认     | 对群众自配民间单、秘、验方需购买毒性中药的证明 | 1 | 《医疗用毒性药品管理办法》（1988年国务院令 第23号）第十条第二款
            27  | 行政裁决     | 对个人之间、个人与单位之间土地所有权和使用权协商不成的争议的处理 | 1 | 《中华人民共和国土地管理法》（2019年修正）第十四条第一款、第十四条第二款
            40  | 其他行政权力 | 对申请医疗救助对象的审核转报（最低生活保障家庭成员和特困供养人员除外） | 1 | 《社会救助暂行办法》（2014年国务院令 第649号，2019年修订）第三十条
            45  | 其他行政权力 | 对申请最低生活保障家庭的审核转报 | 1 | 《社会救助暂行办法》（2014年国务院令 第649号，2019年修订）第十一条
            68  | 其他行政权力 | 当洪水威胁群众安全时组织群众撤离 | 2 | 《中华人民共和国防洪法》（2016年修正）第四十五条第一款
            97  | 其他行政权力 | 对民间纠纷的调解 | 1 | 《中华人民共和国人民调解法》（2011年1月施行）第三十四条
            98  | 行政处罚     | 对损毁永久性测量标志或使其失去使用效能的行为的处罚 | 3 | 《中华人民共和国测绘法》第六十四条
            103 | 行政处罚     | 对拒绝现场检查或被检查时弄虚作假的行为的处罚 | 9 | 《中华人民共和国水污染防治法》第八十一条
            120 | 行政处罚     | 对未经批准在河道管理范围内采砂的行为的处罚 | 1 | 《中华人民共和国河道管理条例》（1988年国务院令第3号,2018年修订）第四十四条
            122 | 行政处罚     | 对农产品生产企业、农民专业合作社经济组织未建立或者未按照规定保存农产品生产记录,或者伪造农产品生产记录的行为的处罚 | 1 | 《中华人民共和国农产品质量安全法》第二十四条、第四十七条、第五十二条
            149 | 行政处罚     | 对在文物建筑保护范围内吸烟、燃放烟花爆竹、点放孔明灯等使用明火行为的处罚(依法适用简易程序的) | 2 | 《中华人民共和国消防法》第六十三条
            150 | 行政处罚     | 对埋压、圈占、遮挡消火栓、消防水泵接合器,占用、堵塞、封闭消防取水码头、消防水鹤等公共消防设施的行为的处罚(依法适用简易程序的) | 2 | 《中华人民共和国消防法》第六十条
            151 | 行政处罚     | 对占用、堵塞、封闭消防车通道,妨碍消防车通行的行为的处罚(依法适用简易程序的) | 1 | 《中华人民共和国消防法》第六十条
            152 | 行政处罚     | 对在高层民用建筑的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电等占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散且拒不改正的行为的处罚(依法适用简易程序的) | 2 | 《中华人民共和国消防法》第六十条
            """)
    void spotCheck(int id, String type, String name, int citations, String firstCitation) {
        CatalogueItem item = catalogue().item(id).orElseThrow();
        assertThat(item.type().label()).isEqualTo(type);
        assertThat(item.name()).isEqualTo(name);
        assertThat(item.basis()).hasSize(citations);
        assertThat(item.basis().get(0).citation()).isEqualTo(firstCitation);
    }

    @Test
    void item103CitesNineSourcesIncludingOneWithoutAnArticle() {
        List<Citation> basis = catalogue().item(103).orElseThrow().basis();
        assertThat(basis).extracting(Citation::source).containsExactly(
                "中华人民共和国水污染防治法", "中华人民共和国大气污染防治法", "中华人民共和国固体废物污染环境防治法",
                "中华人民共和国环境噪声污染防治法", "中华人民共和国放射性污染防治法", "医疗废物管理条例",
                "放射性废物安全管理条例", "医疗废物管理行政处罚办法(试行)", "电子废物污染环境防治管理办法");
        assertThat(basis.get(5).provisions()).isEmpty();
        assertThat(basis.get(5).edition()).isEqualTo("国务院令第380号");
    }

    @Test
    void publishedCountsPerTypeHold() {
        for (PowerType t : PowerType.values()) {
            assertThat(catalogue().items().stream().filter(i -> i.type() == t).count()).as(t.label()).isEqualTo(t.publishedCount());
        }
    }
}
