package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Member;
import com.hospitalplan.organization.OrganizationView;

/**
 * An institution (or department) as the dashboards know it: where it is and which grade it has, for choosing the
 * target that applies to it and the regions it rolls up into.
 *
 * @param institution whether it belongs to a set of institutions ({@link Member#institution()})
 */
record Unit(
        Long id, String name, Long parentId, String regionCode, String regionName, String grade, boolean institution) {

    static Unit of(OrganizationView o) {
        Member member = Member.of(o);
        return new Unit(
                o.id(), o.fullName(), o.parentId(), o.regionCode(), o.regionName(), o.grade(), member.institution());
    }

    Member member() {
        return new Member(id, name, regionName, grade, institution);
    }
}
