package com.hospitalplan.dashboard;

import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.Role;

/**
 * Whose figures a person may see on a dashboard, the same rule as for reading reports: administrators and the plan's
 * planners see every institution; bureaus and government bodies those in their region; everyone else only their own
 * organisation (a hospital with its departments). Plain Java.
 */
record Viewer(Role role, Long organizationId, Long parentOrganizationId, String regionCode, boolean regionWide) {

    boolean sees(Unit unit, boolean plannerOfPlan, RegionTree regions) {
        return role == Role.ADMIN
                || plannerOfPlan
                || unit.id().equals(organizationId)
                || unit.id().equals(parentOrganizationId)
                || organizationId.equals(unit.parentId())
                || (regionWide && regions.isWithin(unit.regionCode(), regionCode));
    }

    /** Whether the person may open the dashboard of a region. */
    boolean seesRegion(String code, RegionTree regions) {
        return role == Role.ADMIN || (regionWide && regions.isWithin(code, regionCode));
    }
}
