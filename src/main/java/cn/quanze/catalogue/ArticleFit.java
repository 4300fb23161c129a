package cn.quanze.catalogue;

/**
 * How a contemplated penalty fits the articles a penalty item cites (catalog/penalty-provisions.tsv).
 * The rules give each outcome its effect (rules/penalty-articles.drl).
 */
public enum ArticleFit {
    /** No penalty kind was named: only the range is shown. */
    NOT_ASKED,
    /** Every verified article that penalises provides this kind (and, for a fine, this amount). */
    FITS,
    /** The verified articles do not provide this kind, and no unverified one is left to check. */
    KIND_NOT_PROVIDED,
    /** The verified articles provide a fine, but not of this amount for this party; none unverified. */
    OUT_OF_RANGE,
    /** Only an article whose text could not be checked might provide it. */
    UNVERIFIED,
    /** Some cited articles provide it and others do not: which applies must be settled. */
    DEPENDS_ON_ARTICLE,
    /**
     * Two kinds asked together (警告 and 罚款) that the verified articles give one or the other of, never both
     * (消防法第六十三条 "处警告或者五百元以下罚款"); none unverified.
     */
    KINDS_NOT_TOGETHER,
    /** The amount is within the range only for 情节严重 and the like. */
    SERIOUS_ONLY,
    /** The fine is a multiple of gains or value, or the article sets no amount: it cannot be checked here. */
    AMOUNT_UNCHECKABLE,
    /** The article provides 没收 without naming what; whether the thing asked about may be taken must be settled. */
    OBJECT_UNNAMED,
    /**
     * The article restricts business in words of its own (责令停止产生职业病危害的作业); whether they are the form asked
     * (限制开展生产经营活动, 责令停产停业) must be settled.
     */
    FORM_UNSETTLED,
    /** Permitted for one kind of party and not the other, and the party is not known. */
    DEPENDS_ON_PARTY,
    /** Every article the item cites addresses the other kind of party only (item 121: 农村村民, never a unit). */
    PARTY_NOT_ADDRESSED,
    /** The provision for the conduct the question states provides no penalty at all (森林法第七十四条第二款: 幼林地放牧). */
    CONDUCT_NOT_PENALISED
}
