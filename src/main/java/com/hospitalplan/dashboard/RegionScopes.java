package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.Choice;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.shared.PerReadRequest;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The region a user opens on a region page, with the plans that have reporting institutions in it. */
@Component
class RegionScopes {

    /** A region the user may open, with the readable plans that have reporting institutions in it. */
    record RegionScope(
            RegionView region,
            List<RegionView> regions,
            RegionTree tree,
            List<Choice> planChoices,
            Map<Long, PlanStandings> candidates) {

        /** The chosen plan if it is one of them, otherwise the first; {@code null} when there is none. */
        Long choose(Long planId) {
            if (candidates.isEmpty()) {
                return null;
            }
            return planId != null && candidates.containsKey(planId)
                    ? planId
                    : candidates.keySet().iterator().next();
        }
    }

    private final DashboardAccess access;
    private final DashboardReadModel readModel;
    private final PlanService plans;
    private final OrganizationService organizations;

    RegionScopes(
            DashboardAccess access,
            DashboardReadModel readModel,
            PlanService plans,
            OrganizationService organizations) {
        this.access = access;
        this.readModel = readModel;
        this.plans = plans;
        this.organizations = organizations;
    }

    RegionScope regionScope(String code, SignedInUser user) {
        // A region page asks twice (its figures, its projects): made once per page view
        return PerReadRequest.once(
                RegionScopes.class.getName() + ':' + code + ':' + user.id(), () -> makeRegionScope(code, user));
    }

    private RegionScope makeRegionScope(String code, SignedInUser user) {
        RegionTree tree = organizations.regionTree();
        List<RegionView> regions = organizations.regions();
        RegionView region = regions.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new DashboardNotFoundException(code));
        if (!access.viewer(user).seesRegion(code, tree)) {
            throw new DashboardNotFoundException(code);
        }
        List<Choice> planChoices = new ArrayList<>();
        Map<Long, PlanStandings> candidates = new LinkedHashMap<>();
        List<PlanSummary> visiblePlans = plans.visiblePlans(user);
        Map<Long, PlanStandings> allStandings =
                readModel.standings(visiblePlans.stream().map(PlanSummary::id).toList());
        for (PlanSummary plan : visiblePlans) {
            PlanStandings standings = allStandings.get(plan.id());
            if (standings == null) {
                continue;
            }
            boolean reportsHere = readModel.view(
                    new ViewKey.ReportsIn(plan.id(), standings.revision(), code, tree),
                    () -> standings.units().values().stream().anyMatch(u -> tree.isWithin(u.regionCode(), code)));
            if (reportsHere) {
                candidates.put(plan.id(), standings);
                planChoices.add(new Choice(String.valueOf(plan.id()), plan.title()));
            }
        }
        return new RegionScope(region, regions, tree, planChoices, candidates);
    }
}
