package com.hospitalplan.report;

import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.Role;

/**
 * Who may see, write and decide a report. Plain Java.
 *
 * <p>A reporter writes only their own organisation's report. A report is read by its organisation (and the hospital
 * of a department), the planners of its plan, bureaus and government bodies whose region contains the reporting
 * unit, and administrators. Reviewers decide the reports of units in their region. The dashboards show the figures of
 * the same units a person may read the reports of.
 */
public final class ReportAccess {

    public record Actor(
            Role role, Long organizationId, Long parentOrganizationId, String regionCode, boolean regionWide) {

        /** Someone of the given role working for the organisation. */
        public static Actor of(Role role, OrganizationView organization) {
            return new Actor(
                    role,
                    organization.id(),
                    organization.parentId(),
                    organization.regionCode(),
                    organization.regionWide());
        }
    }

    /** The reporting unit of a report. */
    public record Unit(Long organizationId, Long parentOrganizationId, String regionCode) {

        public static Unit of(OrganizationView unit) {
            return new Unit(unit.id(), unit.parentId(), unit.regionCode());
        }
    }

    private ReportAccess() {}

    public static boolean canRead(Actor actor, Unit unit, boolean plannerOfPlan, RegionTree regions) {
        return actor.role() == Role.ADMIN
                || unit.organizationId().equals(actor.organizationId())
                || unit.organizationId().equals(actor.parentOrganizationId())
                || actor.organizationId().equals(unit.parentOrganizationId())
                || plannerOfPlan
                || (actor.regionWide() && regions.isWithin(unit.regionCode(), actor.regionCode()));
    }

    static boolean canWrite(Actor actor, Unit unit) {
        return actor.role() == Role.REPORTER && unit.organizationId().equals(actor.organizationId());
    }

    public static boolean canDecide(Actor actor, Unit unit, RegionTree regions) {
        return actor.role() == Role.REVIEWER
                && actor.regionWide()
                && regions.isWithin(unit.regionCode(), actor.regionCode());
    }
}
