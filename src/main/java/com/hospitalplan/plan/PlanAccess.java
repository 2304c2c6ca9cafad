package com.hospitalplan.plan;

import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.Role;
import java.util.Set;

/**
 * Who may read and who may change a plan. Plain Java.
 *
 * <p>Reading: administrators; the owning organisation (and its departments); institutions the plan covers (and
 * their departments); anyone whose organisation lies in a region the plan covers; bureaus and government bodies
 * whose region contains the owner, a covered institution or a covered region. Changing: administrators and the
 * owning organisation's planners.
 */
final class PlanAccess {

    /** The person asking, as far as plan access is concerned. */
    record Actor(Role role, Long organizationId, Long parentOrganizationId, String regionCode, boolean regionWide) {

        boolean actsFor(Long organization) {
            return organization != null
                    && (organization.equals(organizationId) || organization.equals(parentOrganizationId));
        }
    }

    /** What a plan covers, with the regions of its owner and its covered institutions. */
    record Scope(
            Long ownerOrganizationId,
            String ownerRegionCode,
            Set<Long> coveredOrganizations,
            Set<String> coveredOrganizationRegions,
            Set<String> coveredRegions) {}

    private PlanAccess() {}

    static boolean canRead(Actor actor, Scope plan, RegionTree regions) {
        if (actor.role() == Role.ADMIN || actor.actsFor(plan.ownerOrganizationId())) {
            return true;
        }
        if (plan.coveredOrganizations().stream().anyMatch(actor::actsFor)) {
            return true;
        }
        if (plan.coveredRegions().stream().anyMatch(region -> regions.isWithin(actor.regionCode(), region))) {
            return true;
        }
        if (!actor.regionWide()) {
            return false;
        }
        String own = actor.regionCode();
        return regions.isWithin(plan.ownerRegionCode(), own)
                || plan.coveredOrganizationRegions().stream().anyMatch(region -> regions.isWithin(region, own))
                || plan.coveredRegions().stream().anyMatch(region -> regions.isWithin(region, own));
    }

    static boolean canEdit(Actor actor, Scope plan) {
        return actor.role() == Role.ADMIN
                || (actor.role() == Role.PLANNER && actor.organizationId().equals(plan.ownerOrganizationId()));
    }
}
