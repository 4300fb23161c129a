package cn.quanze.catalogue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LaterRevisionsTest {

    private static Revision revision(String mapping) {
        return new Revision("某法", "旧版", "新版", LocalDate.of(2024, 11, 1), mapping, true, Set.of(12), 1);
    }

    @Test
    void anArticleMappedByAnArrowHasTheNewArticleAsItsSuccessor() {
        Revision r = revision("第二十一条→第三十四条；第五十二条→第七十六条");
        assertThat(r.successor(52)).isEqualTo("第七十六条");
        assertThat(r.successor(21)).isEqualTo("第三十四条");
    }

    @Test
    void anArticleListedWithoutAnArrowHasNoSingleSuccessor() {
        Revision r = revision("第四十七条→第六十九条；第四十八条、第五十二条无单一对应条文");
        assertThat(r.successor(52)).isEqualTo("新文本中无单一对应条文");
        assertThat(r.successor(47)).isEqualTo("第六十九条");
    }

    @Test
    void anArticleTheMappingDoesNotNameIsNotRenumbered() {
        assertThat(revision("原第五十五条→新法第二十九条、第七十一条").successor(55)).isEqualTo("新法第二十九条、第七十一条");
        assertThat(revision("第五十二条→第七十六条").successor(53)).isNull();
    }
}
