package cn.quanze.decision;

/**
 * A decision the law leaves to someone other than the township, which the question asks the township to take in their
 * place (rules/others-decide.drl). Read from the question's own words; no catalogue item grants any of them.
 */
public enum Overridden {
    /** 指定村委会主任, 撤换村委委员: 村民委员会成员由村民直接选举，任何组织或者个人不得指定、委派或者撤换 (村民委员会组织法第十一条). */
    VILLAGE_SELF_GOVERNMENT,
    /** 替业主大会选物业: 选聘和解聘物业服务企业由业主共同决定 (物业管理条例第十一条). */
    OWNERS,
    /** 写上“本决定为终局，不得起诉”: only a law makes an administrative decision final (行政诉讼法第二条、第十三条第四项). */
    RIGHT_TO_SUE,
    /**
     * 一方明确说不要调解还硬调, 调解时宣布合同解除, 逼他签字: mediation rests on the parties' consent (人民调解法第三条、
     * 第十七条、第二十三条, which item 97 applies through 第三十四条); a mediator announces no outcome.
     */
    MEDIATION_CONSENT,
    /** 让他赔邻居的损失, 定他该给对方多少钱: a private right between the parties, theirs or a court's to settle. */
    PRIVATE_RIGHT,
    /**
     * 替农户签流转合同, 给合同延期五年, 乡里同意了合同就算解除, 镇里把他承包的地收回: the contracting parties sign, change
     * and end their land contracts themselves, and not even the 发包方 takes the land back within the term
     * (农村土地承包法第二十二条第一款、第二十六条、第二十七条第一款、第三十六条、第三十八条第一项、第四十条第一款).
     */
    CONTRACTING_PARTIES
}
