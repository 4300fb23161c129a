package cn.quanze.issuers;

import java.util.List;
import java.util.Optional;

/**
 * The issuer list and the notice's own rules about it (五政办发〔2023〕23号).
 */
public record IssuerList(String name, String document, String date, String version, List<Issuer> issuers) {

    /** 通知第一条: unlisted county-level bodies may not issue in their own name and must ask their competent department. */
    public static final String UNLISTED_RULE = "未列入清单的县级机构（包括各类议事协调机构、临时机构及其办公室，部门的内设机构、派出机构，"
            + "以及其他不具有行政管理职能的机构等），不得以本机构及其办公室的名义制定行政规范性文件，确需制定行政规范性文件的，应当报请主管部门制定。";
    /** 通知第二条: legality review, and 统一登记、统一编号、统一印发. */
    public static final String PROCEDURE_RULE = "各制定主体要严格落实行政规范性文件合法性审核机制，……落实规范性文件“统一登记、统一编号、统一印发”等制度。";
    /** 通知第三条: vertically managed units file with their superior and with the county government. */
    public static final String VERTICAL_RULE = "实行垂直管理的部门，依照法律法规和国家有关规定履行行政管理职能制发的行政规范性文件，"
            + "在向上一级主管部门备案的同时，应当同时向县政府备案。";

    public IssuerList {
        issuers = List.copyOf(issuers);
    }

    public Optional<Issuer> byName(String canonicalName) {
        return issuers.stream().filter(i -> i.name().equals(canonicalName)).findFirst();
    }
}
