package com.hospitalplan.judgement;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;

/**
 * An organisation judged on an indicator: what chooses the target that applies to it, and whether it belongs to a
 * declared set of institutions.
 *
 * @param name the full name (a department with its hospital)
 * @param grade the hospital grade (三级甲等…), or {@code null}
 * @param institution a hospital or health centre; {@code false} for health bureaus, government bodies and departments,
 *     which a set of institutions ("90%的县级医院", "各县医共体全部达到") leaves out unless they are its only reporters
 */
public record Member(Long id, String name, String regionName, String grade, boolean institution) {

    public static Member of(OrganizationView organization) {
        OrganizationKind kind = organization.kind();
        boolean institution = kind != OrganizationKind.HEALTH_BUREAU
                && kind != OrganizationKind.GOVERNMENT_BODY
                && kind != OrganizationKind.DEPARTMENT;
        return new Member(
                organization.id(),
                organization.fullName(),
                organization.regionName(),
                organization.grade(),
                institution);
    }
}
