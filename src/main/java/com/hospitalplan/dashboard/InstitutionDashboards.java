package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.InstitutionDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionPlan;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** An institution's dashboard: how it stands in every plan it reports in that the user may see. */
@Service
public class InstitutionDashboards {

    /** Indicators per page of an institution's plan. */
    static final int PAGE = 25;

    private final DashboardAccess access;
    private final DashboardReadModel readModel;
    private final ScoreRows scoreRows;
    private final PlanService plans;
    private final OrganizationService organizations;

    InstitutionDashboards(
            DashboardAccess access,
            DashboardReadModel readModel,
            ScoreRows scoreRows,
            PlanService plans,
            OrganizationService organizations) {
        this.access = access;
        this.readModel = readModel;
        this.scoreRows = scoreRows;
        this.plans = plans;
        this.organizations = organizations;
    }

    /**
     * An institution's dashboard: how it stands in every plan it reports in, and one of those plans' indicators (the
     * chosen one, else the first) a page of {@link #PAGE} at a time.
     */
    public InstitutionDashboard institution(
            Long organizationId,
            Long planId,
            int page,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        OrganizationView organization =
                organizations.find(organizationId).orElseThrow(() -> new DashboardNotFoundException(organizationId));
        Unit unit = Unit.of(organization);
        Viewer viewer = access.viewer(user);
        RegionTree regions = organizations.regionTree();
        List<InstitutionPlan> shownPlans = new ArrayList<>();
        boolean revised = false;
        List<PlanSummary> visiblePlans = plans.visiblePlans(user);
        Map<Long, PlanStandings> allStandings =
                readModel.standings(visiblePlans.stream().map(PlanSummary::id).toList());
        for (PlanSummary plan : visiblePlans) {
            PlanStandings standings = allStandings.get(plan.id());
            if (standings == null
                    || !standings.units().containsKey(organizationId)
                    || !access.seenBy(plan.id(), user, viewer, regions).test(unit)) {
                continue;
            }
            Switches planSwitches = ScoreRows.switches(standings.scope(), basis, variant);
            revised |= planSwitches.revised();
            var key = new ViewKey.InstitutionPlan(
                    plan.id(), standings.revision(), organizationId, basis, variant, locale);
            shownPlans.add(readModel.view(
                    key, () -> institutionPlan(standings, plan, organizationId, basis, planSwitches, locale)));
        }
        if (shownPlans.isEmpty() && !viewer.sees(unit, false, regions)) {
            throw new DashboardNotFoundException(organizationId);
        }
        InstitutionPlan chosen = shownPlans.stream()
                .filter(p -> p.planId().equals(planId))
                .findFirst()
                .orElse(shownPlans.isEmpty() ? null : shownPlans.get(0));
        return new InstitutionDashboard(
                organizationId,
                organization.fullName(),
                organization.regionName(),
                new Switches(basis, revised ? variant : TargetVariant.ADJUSTED, revised),
                shownPlans,
                chosen,
                Paged.of(chosen == null ? List.of() : chosen.indicators(), page, PAGE));
    }

    private InstitutionPlan institutionPlan(
            PlanStandings standings,
            PlanSummary plan,
            Long organizationId,
            Basis basis,
            Switches planSwitches,
            Locale locale) {
        List<ScoreRow> rows = standings.scope().indicatorsOf(organizationId).stream()
                .map(i -> scoreRows.scoreRow(
                        standings, i, List.of(organizationId), basis, planSwitches.variant(), List.of(), locale))
                .toList();
        return new InstitutionPlan(
                plan.id(),
                plan.title(),
                planSwitches,
                ScoreRows.counts(rows.stream().map(ScoreRow::status).toList()),
                rows);
    }
}
