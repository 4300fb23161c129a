package cn.quanze.quiz;

/**
 * The simplified-procedure fine limits the quiz asks around (items 149–152 grant only cases 依法适用简易程序的).
 * The only place the quiz holds these figures; the engine decides every key, so a question stays right if the rules'
 * figures change, but its amounts would no longer sit on the limits. Pass the rules' parameters to
 * {@link QuizGenerator#QuizGenerator(cn.quanze.Quanze, SimplifiedProcedureLimits)} to keep them in step.
 *
 * @param individualYuan   the highest fine on a citizen
 * @param organizationYuan the highest fine on a legal person or other organisation
 */
public record SimplifiedProcedureLimits(long individualYuan, long organizationYuan) {

    /** 行政处罚法（2021）第五十一条：对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告。 */
    public static final SimplifiedProcedureLimits PENALTY_LAW_2021 = new SimplifiedProcedureLimits(200, 3000);

    public SimplifiedProcedureLimits {
        if (individualYuan <= 0 || organizationYuan <= individualYuan) {
            throw new IllegalArgumentException("简易程序罚款限额不合理：个人 " + individualYuan + " 元，单位 " + organizationYuan + " 元");
        }
    }
}
