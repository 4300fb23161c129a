package cn.quanze.issuers;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerListTest {

    @Test
    void sixtySixIssuersInSevenPublishedCategories() {
        IssuerList list = QuanzeFixture.quanze().data().issuers();
        assertThat(list.issuers()).hasSize(66);
        Map<Integer, Integer> counts = new TreeMap<>();
        list.issuers().forEach(i -> counts.merge(i.category(), 1, Integer::sum));
        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 1, 2, 15, 3, 27, 4, 3, 5, 13, 6, 1, 7, 6)));
        assertThat(list.document()).isEqualTo("五政办发〔2023〕23号");
    }

    @Test
    void onlyTheOtherUnitsCategoryIsVerticallyManaged() {
        IssuerList list = QuanzeFixture.quanze().data().issuers();
        assertThat(list.issuers()).allSatisfy(i -> assertThat(i.vertical()).isEqualTo(i.category() == 7));
        assertThat(list.byName("国家税务总局五台县税务局")).get().extracting(Issuer::vertical).isEqualTo(true);
        assertThat(list.byName("驼梁风景区服务中心")).get().extracting(Issuer::category).isEqualTo(2);
    }

    @Test
    void theNoticesOwnRulesAreRecorded() {
        IssuerList.Rules rules = QuanzeFixture.quanze().data().issuers().rules();
        assertThat(rules.unlisted()).contains("议事协调机构、临时机构及其办公室").contains("确需制定行政规范性文件的，应当报请主管部门制定");
        assertThat(rules.vertical()).contains("应当同时向县政府备案");
        assertThat(rules.procedure()).contains("统一登记、统一编号、统一印发");
        assertThat(rules.dynamic()).contains("动态管理");
    }
}
