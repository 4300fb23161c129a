package cn.quanze.engine;

import cn.quanze.QuanzeFixture;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.authority.AuthorityService;
import cn.quanze.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot commands compile rule consequences as MVEL (faster start-up), the service as Java (faster
 * decisions): both must give the same decision, reason for reason, on every scenario.
 */
class RuleDialectsAgreeTest {

    @Test
    void javaAndMvelConsequencesDecideAlike() throws Exception {
        var q = QuanzeFixture.quanze();
        try (RuleEngine java = RuleEngine.start(q.data(), QuanzeFixture.home().resolve("rules"), RuleEngine.Dialect.JAVA);
             RuleEngine mvel = RuleEngine.start(q.data(), QuanzeFixture.home().resolve("rules"), RuleEngine.Dialect.MVEL)) {
            AuthorityService viaJava = new AuthorityService(q.data(), java, q::matcher, q.authority().documentLimits());
            AuthorityService viaMvel = new AuthorityService(q.data(), mvel, q::matcher, q.authority().documentLimits());
            int n = 0;
            for (JsonNode s : AuthorityScenariosTest.scenarios()) {
                AuthorityRequest r = Json.MAPPER.treeToValue(s.get("request"), AuthorityRequest.class);
                assertThat(Json.MAPPER.writeValueAsString(viaMvel.decide(r)))
                        .as(s.get("scenario").asText())
                        .isEqualTo(Json.MAPPER.writeValueAsString(viaJava.decide(r)));
                n++;
            }
            assertThat(n).isGreaterThan(60);
        }
    }
}
