package cn.quanze.matching;

import cn.quanze.catalogue.Act;
import cn.quanze.decision.Facts;

/**
 * What could be read from a question: the intended act (null when none is stated) and the facts.
 *
 * @param actIsFirm the act was stated in words that must be checked against the item as asked
 *                  (approval, penalty, compulsion); a softer verb such as 处理 only guides ranking
 * @param documentSets for a question about issuing a normative document: what the document would set
 *                     (PENALIZE, ENFORCE, APPROVE for a licence, LEVY for a fee), which no such document may
 */
public record ReadQuestion(Act act, boolean actIsFirm, Facts facts, java.util.Set<Act> documentSets) {

    public static final ReadQuestion NOTHING = new ReadQuestion(null, false, Facts.NONE, java.util.Set.of());
}
