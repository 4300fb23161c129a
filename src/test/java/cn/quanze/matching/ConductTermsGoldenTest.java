package cn.quanze.matching;

import cn.quanze.QuanzeFixture;
import cn.quanze.catalogue.CatalogueItem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key conduct terms of all 152 items, and the ones that set each apart from its neighbours, pinned for a
 * reviewer (src/test/resources/golden/conduct-terms.txt). Regenerate deliberately with -Dgolden.update=true.
 */
class ConductTermsGoldenTest {

    @Test
    void conductTermsOfAll152ItemsMatchTheGoldenFile() throws IOException {
        ItemMatcher m = QuanzeFixture.quanze().matcher();
        StringBuilder s = new StringBuilder("# 序号 | 关键行为用语 | 区别于相邻事项的用语 | 违法行为用语\n");
        for (CatalogueItem i : QuanzeFixture.quanze().data().catalogue().items()) {
            s.append(i.id()).append(" | ").append(String.join("、", m.conductTerms(i)))
                    .append(" | ").append(String.join("、", m.distinguishingTerms(i)))
                    .append(" | ").append(String.join("、", m.wrongdoingTerms(i))).append('\n');
        }
        Path golden = QuanzeFixture.home().resolve("src/test/resources/golden/conduct-terms.txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, s.toString(), StandardCharsets.UTF_8);
        assertThat(s.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void theItemAboutTheQuestionsConductCoversMoreOfItThanAWordAlikeItem() {
        ItemMatcher m = QuanzeFixture.quanze().matcher();
        var catalogue = QuanzeFixture.quanze().data().catalogue();
        // issue 9: military-service registration (item 25) is not fertiliser registration (item 124)
        String q = "有个适龄青年拒不进行兵役登记，乡政府能对他罚款吗？";
        var fertiliser = m.coverage(q, catalogue.item(124).orElseThrow());
        var own = m.coverage(q, catalogue.item(25).orElseThrow());
        assertThat(own.found()).contains("兵役", "登记");
        assertThat(fertiliser.found()).doesNotContain("肥料");
        assertThat(own.weight()).isGreaterThan(2 * fertiliser.weight());
    }
}
