package com.hospitalplan.dashboard;

import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.report.ReportAccess;
import com.hospitalplan.user.Role;

/**
 * Whose figures a person may see on a dashboard: those of the institutions whose reports they may read
 * ({@link ReportAccess#canRead}). Plain Java.
 */
record Viewer(ReportAccess.Actor actor) {

    boolean sees(Unit unit, boolean plannerOfPlan, RegionTree regions) {
        return ReportAccess.canRead(
                actor, new ReportAccess.Unit(unit.id(), unit.parentId(), unit.regionCode()), plannerOfPlan, regions);
    }

    /** Whether the person may open the dashboard of a region. */
    boolean seesRegion(String code, RegionTree regions) {
        return actor.role() == Role.ADMIN || (actor.regionWide() && regions.isWithin(code, actor.regionCode()));
    }
}
