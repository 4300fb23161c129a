package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.decision.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * rules/verdict.drl on its own: beside it, one test rule per effect fires when the case's body input
 * names that effect, so every combination of effects can be asked for.
 */
class VerdictCombinationTest {

    @TempDir
    static Path rules;

    private static RuleEngine engine;

    private static RuleEngine engine() throws Exception {
        if (engine == null) {
            Files.copy(QuanzeFixture.home().resolve("rules/verdict.drl"), rules.resolve("verdict.drl"));
            StringBuilder drl = new StringBuilder("""
                    package test
                    import cn.quanze.engine.CaseFact
                    import cn.quanze.decision.ReasonCode
                    global cn.quanze.engine.Outcome outcome
                    """);
            for (String effect : List.of("PERMIT", "CONDITION", "REFUSE", "UNDETERMINED", "INFORM")) {
                drl.append("rule \"gives ").append(effect).append("\"\n  @title(\"测试\") @effect(\"").append(effect)
                        .append("\") @source(\"测试\")\nwhen CaseFact( bodyInput matches \".*").append(effect)
                        .append(".*\" )\nthen outcome.reason(ReasonCode.WITHIN_CATALOGUE, \"x\");\nend\n");
            }
            Files.writeString(rules.resolve("test.drl"), drl);
            engine = RuleEngine.start(QuanzeFixture.quanze().data(), rules, RuleEngine.Dialect.MVEL);
        }
        return engine;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'', UNDETERMINED",
            "INFORM, UNDETERMINED",
            "PERMIT, PERMITTED",
            "PERMIT INFORM, PERMITTED",
            "PERMIT CONDITION, CONDITIONAL",
            "CONDITION, CONDITIONAL",
            "PERMIT CONDITION REFUSE, NOT_PERMITTED",
            "PERMIT REFUSE, NOT_PERMITTED",
            "REFUSE UNDETERMINED, UNDETERMINED",
            "PERMIT CONDITION REFUSE UNDETERMINED, UNDETERMINED",
    })
    void effectsCombineDenyOverrides(String effects, Verdict expected) throws Exception {
        RuleOutcome o = engine().decide(CaseFact.builder().body(effects).build());
        assertThat(o.verdict()).isEqualTo(expected);
        List<String> fired = new ArrayList<>(o.ruleNames());
        assertThat(fired).as("the combining rule is not a deciding rule").noneMatch(n -> !n.startsWith("gives "));
        assertThat(o.rulesFired().get(o.rulesFired().size() - 1).effect().name()).isEqualTo("COMBINE");
    }

    @org.junit.jupiter.api.Test
    void aRuleWithoutTitleOrEffectIsRefused(@TempDir Path bad) throws Exception {
        Files.writeString(bad.resolve("bad.drl"), """
                package test
                import cn.quanze.engine.CaseFact
                rule "untitled"
                when CaseFact() then end
                """);
        assertThatThrownBy(() -> RuleEngine.start(QuanzeFixture.quanze().data(), bad, RuleEngine.Dialect.MVEL))
                .hasMessageContaining("untitled").hasMessageContaining("@title");
    }
}
