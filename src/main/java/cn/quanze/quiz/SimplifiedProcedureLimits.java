package cn.quanze.quiz;

/**
 * The simplified-procedure fine limits the quiz asks around (items 149–152 grant only cases 依法适用简易程序的).
 * Read from the same parameters the rules read (catalog/legal-parameters.tsv); the engine decides every key.
 *
 * @param individualYuan   the highest fine on a citizen
 * @param organizationYuan the highest fine on a legal person or other organisation
 */
public record SimplifiedProcedureLimits(long individualYuan, long organizationYuan) {

    /** The limits in force on {@code day}, from catalog/legal-parameters.tsv (行政处罚法第五十一条). */
    public static SimplifiedProcedureLimits of(cn.quanze.catalogue.LegalParameters p, java.time.LocalDate day) {
        return new SimplifiedProcedureLimits(
                Math.round(p.on(cn.quanze.catalogue.LegalParameters.SIMPLIFIED_FINE_INDIVIDUAL, day).orElseThrow().value()),
                Math.round(p.on(cn.quanze.catalogue.LegalParameters.SIMPLIFIED_FINE_ORGANIZATION, day).orElseThrow().value()));
    }

    public SimplifiedProcedureLimits {
        if (individualYuan <= 0 || organizationYuan <= individualYuan) {
            throw new IllegalArgumentException("简易程序罚款限额不合理：个人 " + individualYuan + " 元，单位 " + organizationYuan + " 元");
        }
    }
}
