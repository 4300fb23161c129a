package cn.quanze.quiz;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.AuthorityRequest;
import cn.quanze.decision.Facts;

/** The structured request behind a SCENARIO or ISSUER question; never free text. */
public record Probe(String body, Integer itemId, Act action, Facts facts) {
    public AuthorityRequest request(String id) {
        return new AuthorityRequest(id, body, itemId, null, action, facts, null);
    }
}
