package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.Choice;
import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A region's dashboard for a plan: the region's figures, a heat map of its sub-regions (or, in a county, its
 * institutions) against the indicators, and a ranking on one indicator.
 */
@Service
public class RegionDashboards {

    /** Indicators per page of a region's heat map and figures: a province's plans have hundreds. */
    static final int PAGE = 15;

    private final DashboardAccess access;
    private final DashboardReadModel readModel;
    private final RegionScopes scopes;
    private final ScoreRows scoreRows;
    private final RegionRankings rankings;

    RegionDashboards(
            DashboardAccess access,
            DashboardReadModel readModel,
            RegionScopes scopes,
            ScoreRows scoreRows,
            RegionRankings rankings) {
        this.access = access;
        this.readModel = readModel;
        this.scopes = scopes;
        this.scoreRows = scoreRows;
        this.rankings = rankings;
    }

    /**
     * A region's dashboard for a plan. The heat map and the region's figures show one page of {@link #PAGE}
     * indicators; the exports take every indicator from the same view.
     */
    public RegionDashboard region(
            String code,
            Long planId,
            Long rankIndicatorId,
            int page,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        RegionScopes.RegionScope scope = scopes.regionScope(code, user);
        List<Choice> breadcrumbs =
                RegionBreadcrumbs.breadcrumbs(scope.region(), scope.regions(), access.viewer(user), scope.tree());
        Long chosen = scope.choose(planId);
        if (chosen == null) {
            return empty(scope, breadcrumbs, basis);
        }
        PlanStandings standings = scope.candidates().get(chosen);
        Set<Long> visible = access.visibleUnits(standings, chosen, user);
        var key = new ViewKey.Region(
                chosen,
                standings.revision(),
                code,
                rankIndicatorId,
                page,
                visible,
                basis,
                variant,
                locale,
                scope.planChoices(),
                breadcrumbs);
        return readModel.view(
                key,
                () -> build(
                        scope, breadcrumbs, chosen, standings, visible, rankIndicatorId, page, basis, variant, locale));
    }

    private static RegionDashboard empty(RegionScopes.RegionScope scope, List<Choice> breadcrumbs, Basis basis) {
        return new RegionDashboard(
                scope.region().code(),
                scope.region().name(),
                breadcrumbs,
                new Switches(basis, TargetVariant.ADJUSTED, false),
                scope.planChoices(),
                null,
                null,
                List.of(),
                List.of(),
                Paged.of(List.of(), 1, PAGE),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                false);
    }

    private RegionDashboard build(
            RegionScopes.RegionScope regionScope,
            List<Choice> breadcrumbs,
            Long chosen,
            PlanStandings standings,
            Set<Long> visible,
            Long rankIndicatorId,
            int page,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        RegionView region = regionScope.region();
        List<RegionView> regions = regionScope.regions();
        RegionTree tree = regionScope.tree();
        String code = region.code();
        ReportingScope scope = standings.scope();
        Switches switches = ScoreRows.switches(scope, basis, variant);
        List<Unit> inRegion = standings.units().values().stream()
                .filter(u -> visible.contains(u.id()) && tree.isWithin(u.regionCode(), code))
                .sorted(Comparator.comparing(Unit::name))
                .toList();
        List<String> regionNames = RegionBreadcrumbs.ancestry(region, regions);
        List<IndicatorItem> indicators = scope.indicators().stream()
                .filter(i -> inRegion.stream().anyMatch(u -> i.reporters().contains(u.id())))
                .toList();
        List<Long> regionUnitIds = inRegion.stream().map(Unit::id).toList();
        List<ScoreRow> figures = indicators.stream()
                .map(i ->
                        scoreRows.scoreRow(standings, i, regionUnitIds, basis, switches.variant(), regionNames, locale))
                .toList();
        List<RegionRow> rows = rows(code, regions, tree, inRegion);
        List<HeatRow> heat = new ArrayList<>();
        for (RegionRow row : rows) {
            List<String> rowNames =
                    row.region() == null ? regionNames : RegionBreadcrumbs.ancestry(row.region(), regions);
            heat.add(heatRow(standings, indicators, row, rowNames, basis, switches.variant()));
        }
        Paged<ScoreRow> figuresPage = Paged.of(figures, page, PAGE);
        int from = Math.max(0, figuresPage.first() - 1);
        int to = from + figuresPage.rows().size();
        IndicatorItem ranked = indicators.stream()
                .filter(i -> i.id().equals(rankIndicatorId))
                .findFirst()
                .orElse(indicators.isEmpty() ? null : indicators.get(0));
        List<RankRow> ranking = ranked == null
                ? List.of()
                : rankings.ranking(standings, ranked, rows, regions, regionNames, basis, switches.variant(), locale);
        return new RegionDashboard(
                code,
                region.name(),
                breadcrumbs,
                switches,
                regionScope.planChoices(),
                chosen,
                scope.planTitle(),
                figures,
                heat,
                figuresPage,
                heat.stream().map(h -> h.columns(from, to)).toList(),
                indicators.stream()
                        .map(i -> new Choice(String.valueOf(i.id()), ScoreRows.indicatorLabel(i)))
                        .toList(),
                ranked == null ? null : ranked.id(),
                ranked == null ? null : ScoreRows.indicatorLabel(ranked),
                ranked == null ? null : ranked.unit(),
                ranking,
                rows.stream().allMatch(r -> r.region() == null));
    }

    /** The sub-regions that hold reporting institutions, and the institutions in none of them (all, in a county). */
    private static List<RegionRow> rows(String code, List<RegionView> regions, RegionTree tree, List<Unit> inRegion) {
        List<RegionRow> rows = new ArrayList<>();
        for (RegionView child : regions) {
            if (code.equals(child.parentCode())) {
                List<Long> members = inRegion.stream()
                        .filter(u -> tree.isWithin(u.regionCode(), child.code()))
                        .map(Unit::id)
                        .toList();
                if (!members.isEmpty()) {
                    rows.add(new RegionRow(child.name(), "/dashboards/regions/" + child.code(), members, child));
                }
            }
        }
        List<Long> placed = rows.stream().flatMap(r -> r.members().stream()).toList();
        for (Unit unit : inRegion) {
            if (!placed.contains(unit.id())) {
                rows.add(new RegionRow(unit.name(), "/dashboards/institutions/" + unit.id(), List.of(unit.id()), null));
            }
        }
        return rows;
    }

    /** A row's status on each indicator and, for an institution, the report its value comes from. */
    private static HeatRow heatRow(
            PlanStandings standings,
            List<IndicatorItem> indicators,
            RegionRow row,
            List<String> rowNames,
            Basis basis,
            TargetVariant variant) {
        List<Status> cells = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        for (IndicatorItem indicator : indicators) {
            List<Long> members = row.members().stream()
                    .filter(indicator.reporters()::contains)
                    .toList();
            if (members.isEmpty()) {
                cells.add(null);
                reports.add(null);
                continue;
            }
            cells.add(standings
                    .rollup(indicator, members, basis, variant, rowNames)
                    .status());
            reports.add(row.region() == null ? latestReport(standings, indicator, members.get(0), basis) : null);
        }
        return new HeatRow(row.label(), row.link(), row.region() != null, cells, reports);
    }

    private static Long latestReport(PlanStandings standings, IndicatorItem indicator, Long unitId, Basis basis) {
        Standing standing = standings.standing(indicator.id(), unitId, basis, TargetVariant.ADJUSTED);
        return standing == null || standing.latest() == null
                ? null
                : standing.latest().reportId();
    }
}
