package cn.quanze.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What kind of body a name denotes; the codes of catalog/bodies.tsv. */
public enum BodyKind {
    COUNTY_GOVERNMENT("县人民政府"),
    COUNTY_GOVERNMENT_OFFICE("县人民政府办公室"),
    TOWNSHIP_GOVERNMENT("乡镇人民政府"),
    SCENIC_AREA_CENTRE("风景区服务中心"),
    DEVELOPMENT_ZONE("产业示范区管委会"),
    COUNTY_DEPARTMENT("县政府工作部门"),
    PARTY_ORGAN("党的机关"),
    PEOPLES_CONGRESS_OR_CPPCC("人大、政协机关"),
    JUDICIAL("司法机关"),
    MASS_ORGANIZATION("群团组织"),
    LEADING_GROUP("议事协调机构"),
    LEADING_GROUP_OFFICE("议事协调机构办公室"),
    INTERNAL_UNIT("部门内设或派出机构"),
    PUBLIC_INSTITUTION("事业单位"),
    VERTICAL_UNIT("垂直管理单位"),
    AUTHORIZED_ORGANIZATION("法律法规授权组织"),
    ENTERPRISE("企业"),
    VILLAGE_OR_COMMUNITY_COMMITTEE("村（居）民委员会"),
    OTHER("其他");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<BodyKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
