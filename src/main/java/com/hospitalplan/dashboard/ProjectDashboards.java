package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.ProjectBoard.CountyStages;
import com.hospitalplan.dashboard.ProjectBoard.ProjectRow;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.project.ProjectFact;
import com.hospitalplan.project.ProjectFacts;
import com.hospitalplan.project.ProjectSchedule;
import com.hospitalplan.project.ProjectStanding;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The construction projects on the plan, region and institution dashboards ({@link ProjectBoard}). A project belongs
 * to its institution (without one, to the plan's owner) and is shown to exactly those who see that unit's figures on
 * the dashboards ({@link Viewer#sees}); its progress counts as the dashboard's other figures do ({@link Basis}: approved
 * periods, or also those pending review).
 */
@Service
public class ProjectDashboards {

    private final DashboardAccess access;
    private final RegionScopes scopes;
    private final ProjectFacts facts;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final Clock clock;

    ProjectDashboards(
            DashboardAccess access,
            RegionScopes scopes,
            ProjectFacts facts,
            PlanService plans,
            OrganizationService organizations,
            Clock clock) {
        this.access = access;
        this.scopes = scopes;
        this.facts = facts;
        this.plans = plans;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The plan's projects the user may see; not found when the user may not read the plan. */
    public ProjectBoard plan(Long planId, SignedInUser user, Basis basis) {
        PlanStandings standings = access.readable(planId, user);
        List<Shown> shown = visible(planId, standings, user);
        return board(standings.scope().planTitle(), null, shown, basis, List.of(), false, null);
    }

    /**
     * The projects of the plan (the chosen one of the region's plans, else its first) built in the region, with their
     * count per stage and county; not found when the user may not open the region.
     */
    public ProjectBoard region(String code, Long planId, SignedInUser user, Basis basis) {
        RegionScopes.RegionScope scope = scopes.regionScope(code, user);
        Long chosen = scope.choose(planId);
        if (chosen == null) {
            return new ProjectBoard(
                    null,
                    scope.region().name(),
                    basis,
                    LocalDate.now(clock).getYear(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        RegionTree tree = scope.tree();
        List<Shown> shown = visible(chosen, scope.candidates().get(chosen), user).stream()
                .filter(s -> tree.isWithin(s.unit().regionCode(), code))
                .toList();
        return board(
                scope.candidates().get(chosen).scope().planTitle(),
                scope.region().name(),
                shown,
                basis,
                scope.regions(),
                true,
                null);
    }

    /** The institution's projects in every plan the user may read and in which the user sees its figures. */
    public ProjectBoard institution(Long organizationId, SignedInUser user, Basis basis) {
        List<PlanSummary> visiblePlans = plans.visiblePlans(user);
        List<Long> planIds = visiblePlans.stream().map(PlanSummary::id).toList();
        Viewer viewer = access.viewer(user);
        RegionTree regions = organizations.regionTree();
        Map<Long, Boolean> planner = new LinkedHashMap<>();
        List<ProjectFact> mine = facts.ofInstitution(planIds, organizationId);
        if (mine.isEmpty()) {
            return board(null, null, List.of(), basis, List.of(), false, null);
        }
        Unit unit = Unit.of(organizations.find(organizationId).orElseThrow());
        List<Shown> shown = mine.stream()
                .filter(f -> viewer.sees(
                        unit, planner.computeIfAbsent(f.planId(), id -> plans.mayChange(id, user)), regions))
                .map(f -> new Shown(f, unit))
                .toList();
        Map<Long, String> titles = visiblePlans.stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        return board(null, null, shown, basis, List.of(), false, titles);
    }

    /** A project with the unit it belongs to. */
    private record Shown(ProjectFact fact, Unit unit) {}

    private List<Shown> visible(Long planId, PlanStandings standings, SignedInUser user) {
        List<ProjectFact> all = facts.ofPlan(planId);
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> unitIds = new HashSet<>();
        all.forEach(f -> unitIds.add(f.institutionId() == null ? owner(standings) : f.institutionId()));
        unitIds.remove(null);
        Map<Long, Unit> units = organizations.findAll(unitIds).values().stream()
                .map(Unit::of)
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        var seen = access.seenBy(planId, user, access.viewer(user), organizations.regionTree());
        List<Shown> shown = new ArrayList<>();
        for (ProjectFact fact : all) {
            Unit unit = units.get(fact.institutionId() == null ? owner(standings) : fact.institutionId());
            if (unit != null && seen.test(unit)) {
                shown.add(new Shown(fact, unit));
            }
        }
        return shown;
    }

    private static Long owner(PlanStandings standings) {
        return standings.scope().ownerOrganizationId();
    }

    private ProjectBoard board(
            String title,
            String place,
            List<Shown> shown,
            Basis basis,
            List<RegionView> regions,
            boolean countByCounty,
            Map<Long, String> planTitles) {
        LocalDate today = LocalDate.now(clock);
        int year = shown.stream()
                .flatMap(s -> s.fact().periods().stream())
                .filter(p -> basis.counts(p.approved()))
                .map(p -> p.endsOn().getYear())
                .max(Integer::compare)
                .orElse(today.getYear());
        List<ProjectRow> rows = shown.stream()
                .map(s -> new ProjectRow(
                        ProjectStanding.of(s.fact(), p -> basis.counts(p.approved()), year, today),
                        s.unit().name(),
                        planTitles == null ? null : planTitles.get(s.fact().planId())))
                .sorted((a, b) -> ProjectStanding.BEHIND_FIRST.compare(a.standing(), b.standing()))
                .toList();
        List<String> stages = shown.isEmpty()
                ? List.of()
                : shown.get(0).fact().schedule().stages().stream()
                        .map(ProjectSchedule.Stage::name)
                        .toList();
        List<CountyStages> byCounty = countByCounty ? byCounty(rows, shown, stages, regions) : List.of();
        return new ProjectBoard(title, place, basis, year, rows, stages, byCounty);
    }

    /** Per county (the county an institution lies in, or its own region above county level), projects by stage. */
    private static List<CountyStages> byCounty(
            List<ProjectRow> rows, List<Shown> shown, List<String> stages, List<RegionView> regions) {
        Map<String, RegionView> byCode =
                regions.stream().collect(Collectors.toMap(RegionView::code, Function.identity()));
        Map<Long, String> regionOf = new LinkedHashMap<>();
        shown.forEach(s -> regionOf.put(s.fact().id(), county(s.unit().regionCode(), byCode)));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ProjectRow row : rows) {
            String code = regionOf.get(row.standing().project().id());
            int[] cells = counts.computeIfAbsent(code, c -> new int[stages.size() + 1]);
            int at = stages.indexOf(row.standing().currentStage());
            cells[at < 0 ? stages.size() : at]++;
        }
        return counts.entrySet().stream()
                .map(e -> new CountyStages(
                        e.getKey(),
                        byCode.containsKey(e.getKey()) ? byCode.get(e.getKey()).name() : e.getKey(),
                        Collections.unmodifiableList(java.util.Arrays.stream(e.getValue(), 0, stages.size())
                                .boxed()
                                .toList()),
                        e.getValue()[stages.size()]))
                .sorted((a, b) -> Objects.compare(a.name(), b.name(), String::compareTo))
                .toList();
    }

    private static String county(String code, Map<String, RegionView> byCode) {
        for (RegionView region = byCode.get(code); region != null; region = byCode.get(region.parentCode())) {
            if (region.level() == RegionLevel.COUNTY) {
                return region.code();
            }
        }
        return code;
    }
}
