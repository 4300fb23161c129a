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
 * @param documentAct for such a question: the act the document itself would do (撤销村委会, 批准补选结果), read as if no
 *                    document were named; null otherwise or when none is named
 * @param documentActIsFirm that act was stated firmly (see actIsFirm)
 * @param alsoAsked a compulsory act asked in the same breath as the penalty (罚款和扣车, 强制拆除并罚), which the answer
 *                  must cover too; null when none is
 */
public record ReadQuestion(Act act, boolean actIsFirm, Facts facts, java.util.Set<Act> documentSets, Act documentAct,
                           boolean documentActIsFirm, Act alsoAsked) {

    public static final ReadQuestion NOTHING = new ReadQuestion(null, false, Facts.NONE, java.util.Set.of(), null, false, null);
}
