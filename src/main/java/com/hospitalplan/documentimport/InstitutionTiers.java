package com.hospitalplan.documentimport;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionLevel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which institutions of the directory a set's noun names ("医院", "公立医院", "县级医院", "乡镇卫生院", "三级医院",
 * "二级以上医院", "县级人民医院"): its qualifiers (县级, 公立, 人民, 三级, 二级以上, 中医…) and its head noun read as the organisation's kind,
 * region level and grade. A noun with a qualifier the directory cannot tell ("医共体牵头医院", "医共体总院") names no
 * institution one could pick: {@code null}.
 */
final class InstitutionTiers {

    private static final Set<OrganizationKind> HOSPITALS = EnumSet.of(
            OrganizationKind.GENERAL_HOSPITAL,
            OrganizationKind.TCM_HOSPITAL,
            OrganizationKind.MATERNAL_CHILD_HOSPITAL,
            OrganizationKind.SPECIALTY_HOSPITAL,
            OrganizationKind.PRIVATE_HOSPITAL);
    private static final Set<OrganizationKind> INSTITUTIONS = EnumSet.complementOf(
            EnumSet.of(OrganizationKind.HEALTH_BUREAU, OrganizationKind.GOVERNMENT_BODY, OrganizationKind.DEPARTMENT));
    private static final String[] QUALIFIERS = {
        "二级及以上", "二级以上", "县级", "县", "公立", "人民", "三级", "二级", "中医", "综合", "妇幼", "基层", "乡镇", "镇"
    };

    private InstitutionTiers() {}

    /** Whether the organisation is an institution (not a bureau, a government body or a department). */
    static boolean isInstitution(OrganizationView organization) {
        return INSTITUTIONS.contains(organization.kind());
    }

    /**
     * The institutions {@code noun} names, or {@code null} when the directory cannot tell them.
     *
     * @param levelOf the level of a region by its code ({@code null} for an unknown one)
     */
    static Predicate<OrganizationView> of(String noun, Function<String, RegionLevel> levelOf) {
        Predicate<OrganizationView> tier = head(noun.endsWith("中医院") ? "医院" : tail(noun));
        if (tier == null) {
            return null;
        }
        String rest = noun.endsWith("中医院") ? noun.substring(0, noun.length() - 3) + "中医" : qualifiersOf(noun);
        while (!rest.isEmpty()) {
            String qualifier = null;
            for (String q : QUALIFIERS) {
                if (rest.startsWith(q)) {
                    qualifier = q;
                    break;
                }
            }
            if (qualifier == null) {
                return null;
            }
            tier = tier.and(qualified(qualifier, levelOf));
            rest = rest.substring(qualifier.length());
        }
        return tier;
    }

    private static String tail(String noun) {
        for (String head : new String[] {"医疗卫生机构", "社区卫生服务中心", "医疗机构", "卫生机构", "卫生院", "保健院", "医院"}) {
            if (noun.endsWith(head)) {
                return head;
            }
        }
        return noun;
    }

    private static String qualifiersOf(String noun) {
        return noun.substring(0, noun.length() - tail(noun).length());
    }

    private static Predicate<OrganizationView> head(String head) {
        return switch (head) {
            case "医院" -> o -> HOSPITALS.contains(o.kind());
            case "卫生院" -> o -> o.kind() == OrganizationKind.TOWNSHIP_HEALTH_CENTER;
            case "社区卫生服务中心" -> o -> o.kind() == OrganizationKind.COMMUNITY_HEALTH_CENTER;
            case "保健院" -> o -> o.kind() == OrganizationKind.MATERNAL_CHILD_HOSPITAL;
            case "医疗卫生机构", "医疗机构", "卫生机构" -> InstitutionTiers::isInstitution;
            default -> null;
        };
    }

    private static Predicate<OrganizationView> qualified(String qualifier, Function<String, RegionLevel> levelOf) {
        return switch (qualifier) {
            case "县级", "县" -> o -> levelOf.apply(o.regionCode()) == RegionLevel.COUNTY;
            case "公立" -> o -> o.kind() != OrganizationKind.PRIVATE_HOSPITAL;
            case "人民" -> o -> o.name().contains("人民医院");
            case "三级" -> o -> o.grade() != null && o.grade().startsWith("三级");
            case "二级" -> o -> o.grade() != null && o.grade().startsWith("二级");
            case "二级以上", "二级及以上" ->
                o -> o.grade() != null
                        && (o.grade().startsWith("二级") || o.grade().startsWith("三级"));
            case "中医" -> o -> o.kind() == OrganizationKind.TCM_HOSPITAL;
            case "综合" -> o -> o.kind() == OrganizationKind.GENERAL_HOSPITAL;
            case "妇幼" -> o -> o.kind() == OrganizationKind.MATERNAL_CHILD_HOSPITAL;
            case "乡镇", "镇", "基层" ->
                o -> o.kind() == OrganizationKind.TOWNSHIP_HEALTH_CENTER
                        || o.kind() == OrganizationKind.COMMUNITY_HEALTH_CENTER;
            default -> o -> false;
        };
    }
}
