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
 */
public record Case(String requestId, String bodyInput, Body body, CatalogueItem item, Act act,
                   Gazetteer.Resolution place, Facts facts, boolean hasQuery, boolean weakMatch, LocalDate asOf) {
}
