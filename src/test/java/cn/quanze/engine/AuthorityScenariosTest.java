package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.json.Json;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Decision;
import cn.quanze.decision.ReasonCode;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios kept as data (src/test/resources/scenarios/authority.jsonl): each gives a request,
 * the verdict, the exact reason codes and rules that must fire. The right verdict for the
 * wrong reason fails.
 */
class AuthorityScenariosTest {

    static List<JsonNode> scenarios() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Path p = QuanzeFixture.home().resolve("src/test/resources/scenarios/authority.jsonl");
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    static Stream<Arguments> cases() throws IOException {
        return scenarios().stream().map(n -> Arguments.of(n.get("scenario").asText(), n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scenario(String name, JsonNode s) throws Exception {
        AuthorityRequest r = Json.MAPPER.treeToValue(s.get("request"), AuthorityRequest.class);
        Decision d = QuanzeFixture.quanze().authority().decide(r);

        assertThat(d.verdict().name()).as("verdict").isEqualTo(s.get("verdict").asText());
        Set<String> codes = new TreeSet<>();
        d.reasons().forEach(x -> codes.add(x.code()));
        Set<String> expected = new TreeSet<>();
        s.get("codes").forEach(c -> expected.add(c.asText()));
        assertThat(codes).as("reason codes").isEqualTo(expected);
        for (JsonNode rule : s.get("rules")) assertThat(d.rulesFired()).as("rules fired").contains(rule.asText());
        if (s.has("conditions")) {
            List<String> conds = d.conditions().stream().map(Decision.Condition::code).toList();
            List<String> want = new ArrayList<>();
            s.get("conditions").forEach(c -> want.add(c.asText()));
            assertThat(conds).as("conditions").containsExactlyElementsOf(want);
        } else {
            assertThat(d.conditions()).as("conditions").isEmpty();
        }
        if (s.has("asks")) {
            // a message asking several things: each ask's own verdict, in order ("" for an ask of no power)
            List<String> want = new ArrayList<>();
            s.get("asks").forEach(a -> want.add(a.asText()));
            assertThat(d.asks()).as("asks").isNotNull();
            assertThat(d.asks().stream().map(a -> a.verdict() == null ? "" : a.verdict().name()).toList())
                    .as("each ask's verdict").containsExactlyElementsOf(want);
        }
        if (s.has("item")) {
            assertThat(d.item()).isNotNull();
            assertThat(d.item().id()).as("item").isEqualTo(s.get("item").asInt());
        }
        assertThat(d.reasons()).allSatisfy(x -> assertThat(x.message()).isNotBlank());
        assertThat(d.catalogue().sha256()).hasSize(64);
        if (d.item() != null && !d.basis().isEmpty()) {
            var itemCitations = QuanzeFixture.quanze().data().catalogue().item(d.item().id()).orElseThrow().basis();
            assertThat(d.basis().get(0).citation()).as("basis starts with the item's own citation")
                    .isEqualTo(itemCitations.get(0).citation());
        }
    }

    @Test
    void everyRuleIsExercisedByAScenario() throws IOException {
        Set<String> named = new HashSet<>();
        for (JsonNode s : scenarios()) s.get("rules").forEach(r -> named.add(r.asText()));
        // vetting.drl's rules ("Draft …") are exercised by VettingServiceTest; verdict.drl's by the next test
        Set<String> combining = verdictRules();
        assertThat(named).containsAll(QuanzeFixture.quanze().engine().ruleNames().stream()
                .filter(r -> !r.startsWith("Draft ") && !combining.contains(r)).toList());
    }

    /** Each way of combining effects into a verdict (rules/verdict.drl) decides at least one scenario. */
    @Test
    void everyVerdictRuleCombinesAScenario() throws Exception {
        Set<String> used = new HashSet<>();
        for (JsonNode s : scenarios()) {
            Decision d = QuanzeFixture.quanze().authority().decide(Json.MAPPER.treeToValue(s.get("request"), AuthorityRequest.class));
            Decision.RuleRef last = d.rules().get(d.rules().size() - 1);
            assertThat(last.effect()).as("the last rule combines the verdict").isEqualTo("COMBINE");
            used.add(last.name());
        }
        // "Without a deciding reason nothing is decided" is a safety net no real case reaches; VerdictCombinationTest tries it
        Set<String> reachable = verdictRules();
        reachable.remove("Without a deciding reason nothing is decided");
        assertThat(used).containsExactlyInAnyOrderElementsOf(reachable);
    }

    private static Set<String> verdictRules() throws IOException {
        Set<String> names = new HashSet<>();
        var m = java.util.regex.Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(
                Files.readString(QuanzeFixture.home().resolve("rules/verdict.drl")));
        while (m.find()) names.add(m.group(1));
        return names;
    }

    @Test
    void everyReasonCodeIsExpectedByAScenario() throws IOException {
        Set<String> named = new HashSet<>();
        for (JsonNode s : scenarios()) s.get("codes").forEach(c -> named.add(c.asText()));
        for (ReasonCode c : EnumSet.allOf(ReasonCode.class)) assertThat(named).as("code " + c).contains(c.name());
    }

    @Test
    void everyPowerTypeIsCoveredByAScenario() throws IOException {
        Set<String> types = new HashSet<>();
        var catalogue = QuanzeFixture.quanze().data().catalogue();
        for (JsonNode s : scenarios()) {
            JsonNode r = s.get("request");
            int id = r.has("itemId") ? r.get("itemId").asInt() : s.has("item") ? s.get("item").asInt() : 0;
            if (id > 0) types.add(catalogue.item(id).orElseThrow().type().label());
        }
        assertThat(types).containsExactlyInAnyOrder("行政许可", "行政强制", "行政征收", "行政给付", "行政检查",
                "行政确认", "行政裁决", "其他行政权力", "行政处罚");
    }
}
