package com.hospitalplan.dashboard;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.report.ReportAccess;
import com.hospitalplan.user.SignedInUser;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Which plans' figures, and which institutions' figures within them, a user may see on the dashboards. */
@Component
class DashboardAccess {

    private final DashboardReadModel readModel;
    private final PlanService plans;
    private final OrganizationService organizations;

    DashboardAccess(DashboardReadModel readModel, PlanService plans, OrganizationService organizations) {
        this.readModel = readModel;
        this.plans = plans;
        this.organizations = organizations;
    }

    /** The plan's figures when the user may read the plan. */
    PlanStandings readable(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new DashboardNotFoundException(planId);
        }
        return readModel.standings(planId);
    }

    /** The reporting institutions of a plan whose figures the user may see. */
    Set<Long> visibleUnits(PlanStandings standings, Long planId, SignedInUser user) {
        Viewer viewer = viewer(user);
        boolean planner = plans.mayChange(planId, user);
        RegionTree regions = organizations.regionTree();
        var key = new ViewKey.VisibleUnits(planId, standings.revision(), viewer, planner, regions);
        return readModel.view(key, () -> {
            Set<Long> shown = new LinkedHashSet<>();
            standings.units().values().stream()
                    .filter(unit -> viewer.sees(unit, planner, regions))
                    .map(Unit::id)
                    .sorted()
                    .forEach(shown::add);
            return Collections.unmodifiableSet(shown);
        });
    }

    /** Whether the user may see an institution's figures in a plan. */
    Predicate<Unit> seenBy(Long planId, SignedInUser user, Viewer viewer, RegionTree regions) {
        boolean planner = plans.mayChange(planId, user);
        return unit -> viewer.sees(unit, planner, regions);
    }

    Viewer viewer(SignedInUser user) {
        OrganizationView own = organizationOf(user);
        return new Viewer(
                new ReportAccess.Actor(user.role(), own.id(), own.parentId(), own.regionCode(), own.regionWide()));
    }

    OrganizationView organizationOf(SignedInUser user) {
        return organizations
                .find(user.organizationId())
                .orElseThrow(() -> new IllegalStateException("User without organisation " + user.id()));
    }
}
