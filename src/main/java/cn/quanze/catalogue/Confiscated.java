package cn.quanze.catalogue;

/**
 * What an article allows to be confiscated (没收), and what a question asks to confiscate: 违法所得 is not an
 * excavator (河道管理条例第四十四条 confiscates 非法所得 only). Words and names in catalog/vocabulary.tsv.
 */
public enum Confiscated {
    /** 违法所得、非法所得 */
    GAINS,
    /** the goods the conduct concerns (野生动物, 违法经营的农药, 种质资源 …) */
    GOODS,
    /** tools, equipment, vehicles and vessels used in the conduct */
    TOOLS,
    /** installations (燃用高污染燃料的设施) */
    FACILITY,
    /** buildings and premises (那栋楼, 厂房): no article of a penalty item confiscates them */
    PREMISES,
    /** the article says 没收 or 没收非法财物 without naming what */
    UNSPECIFIED;

    /** The Chinese name, from catalog/vocabulary.tsv. */
    public String label() {
        return Vocabulary.inUse().label(this);
    }
}
