package cn.quanze.authority;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.Facts;
import cn.quanze.catalogue.Body;
import cn.quanze.catalogue.CatalogueItem;
import cn.quanze.catalogue.Gazetteer;

import java.time.LocalDate;

/**
 * A request after the Java lookups: body resolved (or not), item chosen (or not), place looked up,
 * facts merged. This is what the rules decide on; it holds no user text that rules could execute.
 *
 * @param body       null when the body could not be resolved
 * @param item       null when no item applies
 * @param place      null when no place was given
 * @param hasQuery   a usable item number or question was given
 * @param weakMatch  the free-text match was too weak to rely on
 * @param ambiguous  the question fits several items that answer differently, or one only weakly: the user picks
 * @param chosenFrom the question the item was chosen from (its conduct elements are checked against it);
 *                   null when the user named the item
 * @param documentSets what a normative document asked about would set (penalty, licence, compulsion, fee)
 * @param question   the question's text whenever one was given, also beside an item number (the conduct it tells
 *                   decides which paragraph's penalties apply; 终止协议 is asked there too); null when none
 * @param actAssumed the question named no act the reader knows (邻里纠纷, 任命个组长): the item's own act was assumed
 * @param proposedOther the item the basis the question proposes in words points to, when not the chosen one; else null
 * @param told       what the question's words tell whatever the item (read once, see {@link Told})
 */
public record Case(String requestId, String bodyInput, Body body, CatalogueItem item, Act act,
                   Gazetteer.Resolution place, Facts facts, boolean hasQuery, boolean weakMatch, LocalDate asOf,
                   boolean ambiguous, String chosenFrom, java.util.Set<Act> documentSets, String question,
                   boolean actAssumed, CatalogueItem proposedOther, Told told) {

    public Case withItem(CatalogueItem other) {
        return new Case(requestId, bodyInput, body, other, act, place, facts, hasQuery, weakMatch, asOf, ambiguous, chosenFrom, documentSets, question, actAssumed, proposedOther, told);
    }

    /** The same case with no item relied on: the candidates are put to the user instead. */
    public Case asAmbiguous() {
        return new Case(requestId, bodyInput, body, null, act, place, facts, hasQuery, weakMatch, asOf, true, chosenFrom, documentSets, question, actAssumed, proposedOther, told);
    }
}
