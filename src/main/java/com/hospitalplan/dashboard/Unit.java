package com.hospitalplan.dashboard;

import com.hospitalplan.organization.OrganizationView;

/**
 * An institution (or department) as the dashboards know it: where it is and which grade it has, for choosing the
 * target that applies to it and the regions it rolls up into.
 */
record Unit(Long id, String name, Long parentId, String regionCode, String regionName, String grade) {

    static Unit of(OrganizationView o) {
        return new Unit(o.id(), o.fullName(), o.parentId(), o.regionCode(), o.regionName(), o.grade());
    }
}
