package cn.quanze.decision;

import cn.quanze.catalogue.Act;

import java.time.LocalDate;

/** The contract's authority request. Only {@code body} is required. */
public record AuthorityRequest(String id, String body, Integer itemId, String query, Act action, Facts facts,
                               LocalDate asOf) {

    public Facts factsOrNone() {
        return facts == null ? Facts.NONE : facts;
    }

    public AuthorityRequest withQuery(String text) {
        return new AuthorityRequest(id, body, itemId, text, action, facts, asOf);
    }

    /** The same question with these facts (fields they leave null keep the request's). */
    public AuthorityRequest withFacts(Facts told) {
        return new AuthorityRequest(id, body, itemId, query, action, told.over(factsOrNone()), asOf);
    }

    /** The same question put for one item and one act. */
    public AuthorityRequest withItemAndAction(int item, Act act) {
        return new AuthorityRequest(id, body, item, query, act, facts, asOf);
    }
}
