package cn.quanze.decision;

/**
 * What the question tells of a court's ruling on the body's own act (see rules/court.drl). Read for any act, not only a
 * penalty; a dispute still before the court is told apart ({@code beforeCourt}).
 */
public enum CourtRuling {
    /**
     * 法院撤销了乡里的罚款，乡里想重新作一个同样的决定: 人民法院判决被告重新作出行政行为的，被告不得以同一的事实和理由作出与原
     * 行政行为基本相同的行政行为 (行政诉讼法第七十一条).
     */
    REVOKED_REMADE,
    /** 法院判决撤销了，镇里还能再作一个撤销决定吗: what the court has already revoked is no longer there to revoke (行政诉讼法第七十条). */
    ALREADY_REVOKED
}
