package cn.quanze.issuers;

/**
 * One entry of the county's normative-document issuer list (五政办发〔2023〕23号).
 *
 * @param category          1–7 in the order published (the gazette numbers both the 3rd and 4th category “三”)
 * @param publishedNumber   the category number as printed (一 … 六)
 * @param categoryName      the category heading as printed
 * @param seq               the entry's number within its category
 * @param vertical          a vertically managed unit (published category 六): dual filing applies
 */
public record Issuer(int category, String publishedNumber, String categoryName, int seq, String name,
                     boolean vertical, int line) {
}
