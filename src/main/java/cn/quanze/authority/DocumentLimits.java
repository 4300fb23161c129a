package cn.quanze.authority;

/**
 * The figures a normative document's term and comment period are held to, as catalog/vetting-settings.properties
 * writes them: read there once into the vetting settings, which hold this record, and handed to the authority service
 * by the composition root.
 * {@code maxValidityYears} and {@code maxValidityYearsProvisional} rest on a provincial rule not read
 * (山西省人民政府令第274号); {@code minPublicCommentDays} is 优化营商环境条例第六十二条第二款, "一般不少于30日".
 */
public record DocumentLimits(int maxValidityYears, int maxValidityYearsProvisional, int minPublicCommentDays) {
    public DocumentLimits {
        if (maxValidityYears < 1 || maxValidityYearsProvisional < 1 || minPublicCommentDays < 0) {
            throw new IllegalArgumentException("document limits out of range");
        }
    }

    /** The term a document may run: 暂行、试行 titles have the shorter one. */
    public int validityLimit(boolean provisional) {
        return provisional ? maxValidityYearsProvisional : maxValidityYears;
    }
}
