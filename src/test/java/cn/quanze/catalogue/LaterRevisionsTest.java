package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LaterRevisionsTest {

    private static Revision revision(String mapping) {
        return new Revision("某法", "旧版", "新版", LocalDate.of(2024, 11, 1), mapping, true, Set.of(12), 1);
    }

    private static Revision ofLaw(String source) {
        return QuanzeFixture.quanze().data().revisions().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void anArticleMappedByAnArrowHasTheNewArticleAsItsSuccessor() {
        Revision r = revision("第二十一条→第三十四条；第五十二条→第七十六条");
        assertThat(r.successor(52)).isEqualTo("第七十六条");
        assertThat(r.successor(21)).isEqualTo("第三十四条");
        assertThat(r.isSuccessorArticle(76)).isTrue();
        assertThat(r.isSuccessorArticle(52)).isFalse();
    }

    @Test
    void anArticleListedAsHavingNoSingleSuccessorIsSaidSo() {
        Revision r = revision("第四十七条→第六十九条；第四十八条、第五十二条无单一对应条文");
        assertThat(r.successor(52)).isEqualTo(Revision.NO_SINGLE_SUCCESSOR);
        assertThat(r.successor(47)).isEqualTo("第六十九条");
    }

    @Test
    void notesInBracketsAreNotPartOfTheSuccessor() {
        Revision r = revision("第四十八条第二款→第五十二条第二款（新法只及于陆生野生动物）");
        assertThat(r.successor(48)).isEqualTo("第五十二条第二款");
    }

    @Test
    void proseInTheMappingMapsNothing() {
        Revision r = revision("第七十九条至第八十二条前后条文序号变动一位：第127项所引第七十九条为2021年文本的序号");
        assertThat(r.successor(79)).isNull();
        assertThat(r.successor(53)).isNull();
    }

    @Test
    void theCatalogueFileMapsTheEmergencyResponseLawAndNotTheSeedLawsProse() {
        assertThat(ofLaw("中华人民共和国突发事件应对法").successor(52)).isEqualTo("第七十六条");
        assertThat(ofLaw("中华人民共和国环境噪声污染防治法").successor(55)).isEqualTo("新法第二十九条、第七十一条");
        assertThat(ofLaw("中华人民共和国种子法").successor(79)).isNull();
        assertThat(ofLaw("中华人民共和国种子法").successor(81)).isNull();
    }
}
