package cn.quanze.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic drafts (src/test/resources/vetting/drafts.jsonl), each line
 * {@code {"draft": {...}, "expectCodes": [...], "expectNotCodes": [...], "note": "...", "expectVerdict": "PASS"}},
 * run through TextDetector + DraftChecks; the expected verdict is the rules' (the whole service).
 */
class DraftScenariosTest {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static Vetter vetter;

    record Scenario(Draft draft, List<String> expectCodes, List<String> expectNotCodes, String note, String expectVerdict) {
        @Override
        public String toString() {
            return note;
        }
    }

    @BeforeAll
    static void load() {
        vetter = Vetter.fromHome(TestPaths.home());
    }

    static List<Scenario> scenarios() throws Exception {
        List<Scenario> out = new ArrayList<>();
        try (InputStream in = DraftScenariosTest.class.getResourceAsStream("/vetting/drafts.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                out.add(new Scenario(JSON.treeToValue(n.get("draft"), Draft.class),
                        List.of(JSON.treeToValue(n.get("expectCodes"), String[].class)),
                        List.of(JSON.treeToValue(n.get("expectNotCodes"), String[].class)),
                        n.get("note").asText(),
                        n.hasNonNull("expectVerdict") ? n.get("expectVerdict").asText() : null));
            }
        }
        return out;
    }

    static Stream<Arguments> cases() throws Exception {
        return scenarios().stream().map(s -> Arguments.of(s.note(), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void draftScenario(String note, Scenario s) {
        List<Finding> findings = vetter.findings(s.draft());
        List<String> codes = findings.stream().map(Finding::code).toList();
        assertThat(codes).as(note + " → " + findings).containsAll(s.expectCodes());
        assertThat(codes).as(note + " → " + findings).doesNotContainAnyElementsOf(s.expectNotCodes());
        if (s.expectVerdict() != null) {
            assertThat(cn.quanze.QuanzeFixture.quanze().vetting().vet(s.draft()).verdict()).as(note + " → " + findings)
                    .isEqualTo(s.expectVerdict());
        }
        findings.forEach(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.basis()).isNotBlank();
            if (FindingCodes.TEXT_CODES.contains(f.code())) {
                assertThat(f.excerpt()).isNotBlank().hasSizeLessThanOrEqualTo(TextDetector.MAX_EXCERPT);
                assertThat(s.draft().text()).contains(f.excerpt().replace("…", ""));
            }
        });
    }

    @Test
    void theScenarioFileCoversEveryCodeBothWays() throws Exception {
        List<Scenario> all = scenarios();
        assertThat(all).hasSizeGreaterThanOrEqualTo(32);
        Map<String, Integer> pos = new HashMap<>();
        Map<String, Integer> neg = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Scenario s : all) {
            assertThat(ids.add(s.draft().id())).as("duplicate id " + s.draft().id()).isTrue();
            s.expectCodes().forEach(c -> pos.merge(c, 1, Integer::sum));
            s.expectNotCodes().forEach(c -> neg.merge(c, 1, Integer::sum));
        }
        for (String code : List.of("SETS_PENALTY", "SETS_LICENCE", "SETS_COMPULSORY_MEASURE", "SETS_FEE",
                "LEGALITY_REVIEW_MISSING", "DOC_NUMBER_MISSING", "DOC_NUMBER_MALFORMED", "TITLE_USES_TIAOLI",
                "VALIDITY_TOO_LONG", "NO_PUBLIC_COMMENT")) {
            assertThat(pos.getOrDefault(code, 0)).as("positive drafts for " + code).isGreaterThanOrEqualTo(2);
            assertThat(neg.getOrDefault(code, 0)).as("negative drafts for " + code).isGreaterThanOrEqualTo(2);
        }
    }
}
