package cn.quanze.catalogue;

import cn.quanze.QuanzeFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what the program derives from all 152 items (acts, conditions, exclusions, deciding body)
 * in src/test/resources/golden/derived-attributes.txt, a file a reviewer reads beside the gazette.
 * Regenerate deliberately with -Dgolden.update=true and review the diff.
 */
class DerivedAttributesGoldenTest {

    static String render(TownshipCatalogue catalogue) {
        StringBuilder s = new StringBuilder("# 序号 | 职权类型 | 行为 | 条件 | 除外 | 决定机关（据所引条款）| 所涉行为或事项 | 职权名称\n");
        for (CatalogueItem i : catalogue.items()) {
            s.append(i.id()).append(" | ").append(i.type().label()).append(" | ")
                    .append(i.actsInOrder().stream().map(a -> a.name() + "(" + a.label() + ")").collect(Collectors.joining(",")))
                    .append(" | ")
                    .append(i.conditions().isEmpty() ? "-" : i.conditions().stream().map(c -> c.kind().name() + "(" + c.words() + ")").collect(Collectors.joining(",")))
                    .append(" | ").append(i.exclusions().isEmpty() ? "-" : String.join("；", i.exclusions()))
                    .append(" | ").append(i.decidedBy().isEmpty() ? "-" : i.decidedBy())
                    .append(" | ").append(ItemDerivation.conduct(i.name()))
                    .append(" | ").append(i.name()).append('\n');
        }
        return s.toString();
    }

    @Test
    void derivedAttributesOfAll152ItemsMatchTheGoldenFile() throws IOException {
        String actual = render(QuanzeFixture.quanze().data().catalogue());
        Path golden = QuanzeFixture.home().resolve("src/test/resources/golden/derived-attributes.txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void conditionalItemsAreThoseTheGazetteWordsAsConditional() {
        var c = QuanzeFixture.quanze().data().catalogue();
        assertThat(c.item(6).orElseThrow().hasCondition(ConditionKind.DEADLINE_PASSED)).isTrue();
        assertThat(c.item(9).orElseThrow().hasCondition(ConditionKind.OBSTRUCTED)).isTrue();
        assertThat(c.item(10).orElseThrow().hasCondition(ConditionKind.EMERGENCY)).isTrue();
        assertThat(c.item(12).orElseThrow().hasCondition(ConditionKind.EMERGENCY_EVENT)).isTrue();
        assertThat(c.item(68).orElseThrow().hasCondition(ConditionKind.FLOOD_THREAT)).isTrue();
        for (int id = 149; id <= 152; id++) assertThat(c.item(id).orElseThrow().hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE)).isTrue();
        assertThat(c.items().stream().filter(i -> i.hasCondition(ConditionKind.SIMPLIFIED_PROCEDURE))).hasSize(4);
        assertThat(c.item(40).orElseThrow().exclusions()).containsExactly("最低生活保障家庭成员和特困供养人员除外");
    }

    @Test
    void offenceDescriptionsDoNotLendTheirVerbsToPenaltyItems() {
        // 116 punishes "未按规定备案", 121 "未经批准": neither grants filing or approval.
        var c = QuanzeFixture.quanze().data().catalogue();
        assertThat(c.item(116).orElseThrow().acts()).containsExactly(Act.PENALIZE);
        assertThat(c.item(121).orElseThrow().acts()).containsExactly(Act.PENALIZE);
        assertThat(c.item(27).orElseThrow().acts()).containsExactly(Act.ADJUDICATE);
        assertThat(c.item(29).orElseThrow().acts()).containsExactly(Act.REVIEW);
        assertThat(c.item(32).orElseThrow().acts()).containsExactlyInAnyOrder(Act.REVIEW, Act.FORWARD);
        assertThat(c.item(12).orElseThrow().acts()).containsExactly(Act.ENFORCE);
    }
}
