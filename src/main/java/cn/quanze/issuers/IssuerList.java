package cn.quanze.issuers;

import java.util.List;
import java.util.Optional;

/**
 * The issuer list and the notice's own rules about it (五政办发〔2023〕23号).
 */
public record IssuerList(String name, String document, String date, String version, List<Issuer> issuers,
                         Rules rules) {

    /**
     * The notice's own rules, verbatim from the data file: unlisted bodies may not issue in their own
     * name (第一条); legality review and 统一登记、统一编号、统一印发 (第二条); vertically managed units
     * file with their superior and the county government (第三条); the list is kept current (第四条).
     */
    public record Rules(String unlisted, String procedure, String vertical, String dynamic) {}


    public IssuerList {
        issuers = List.copyOf(issuers);
    }

    public Optional<Issuer> byName(String canonicalName) {
        return issuers.stream().filter(i -> i.name().equals(canonicalName)).findFirst();
    }
}
