package cn.quanze.matching;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.Facts;

/**
 * What could be read from a question: the intended act (null when none is stated) and the facts.
 *
 * @param actIsFirm the act was stated in words that must be checked against the item as asked
 *                  (approval, penalty, compulsion); a softer verb such as 处理 only guides ranking
 */
public record ReadQuestion(Act act, boolean actIsFirm, Facts facts) {
}
