package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodiesAndPlacesTest {

    private static Dataset data() {
        return QuanzeFixture.quanze().data();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "东冶, 东冶镇人民政府", "东冶镇, 东冶镇人民政府", "五台县东冶镇人民政府, 东冶镇人民政府", "东冶镇人民政府, 东冶镇人民政府",
            "阳白, 阳白乡人民政府", "耿镇, 耿镇镇人民政府",
            "县发改委, 县发展和改革委员会", "县发展和改革局, 县发展和改革委员会", "五台县发展和改革委员会, 县发展和改革委员会",
            "县住建局, 县住房和城乡建设管理局", "县人社局, 县人力资源和社会保障局", "五台县农业农村局, 县农业农村局",
            "县税务局, 国家税务总局五台县税务局", "交警大队, 县公安局交警大队"})
    void shortFormsAndAliasesResolve(String input, String canonical) {
        assertThat(data().bodies().resolve(input)).get().extracting(Body::name).isEqualTo(canonical);
    }

    @Test
    void wordsEndingInACountyOrCityCharacterAreNotForeignPlaces() {
        assertThat(Gazetteer.foreignPlace("店铺门口乱搭棚子，影响市容，镇里能罚吗")).isNull();
        assertThat(Gazetteer.foreignPlace("破坏市政设施的，能罚吗")).isNull();
        assertThat(Gazetteer.foreignPlace("定襄县的车在这里卸货")).isEqualTo("定襄县");
        assertThat(Gazetteer.foreignPlace("家庭人均收入低于县定标准，无自有住房")).isNull();
        assertThat(Gazetteer.foreignPlace("综合行政执法队会同县生态环境部门执法人员到该公司检查")).isNull();
    }

    @Test
    void internalUnitKnowsItsParent() {
        Body b = data().bodies().resolve("县公安局交警大队").orElseThrow();
        assertThat(b.kind()).isEqualTo(BodyKind.INTERNAL_UNIT);
        assertThat(b.parent()).isEqualTo("县公安局");
    }

    @Test
    void villageInTwoTownshipsStaysAmbiguous() {
        Gazetteer.Resolution r = data().gazetteer().resolve("李家庄村");
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.townships()).containsExactlyInAnyOrder("阳白乡", "陈家庄乡");
    }

    @Test
    void villagesResolveToTheirTownship() {
        assertThat(data().gazetteer().resolve("大朴").township()).isEqualTo("东冶镇");
        assertThat(data().gazetteer().resolve("古城村").township()).isEqualTo("台城镇");
        assertThat(data().gazetteer().resolve("小豆村村").township()).isEqualTo("豆村镇");
        assertThat(data().gazetteer().resolve("茹村乡").township()).isEqualTo("茹村乡");
        assertThat(data().gazetteer().resolve("北坡村").unknown()).isTrue();
    }

    @Test
    void everyTownshipGovernmentIsABodyAndAnIssuer() {
        var townships = data().bodies().all().stream().filter(Body::isTownshipGovernment).toList();
        assertThat(townships).hasSize(14);
        for (Body t : townships) assertThat(data().issuers().byName(t.name())).as(t.name()).isPresent();
    }
}
