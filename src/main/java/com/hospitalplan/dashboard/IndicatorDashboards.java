package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.IndicatorDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.dashboard.DashboardViews.UnitRow;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/** An indicator's dashboard: its figure over the institutions the user sees, each of them, and its trend. */
@Service
public class IndicatorDashboards {

    /** Institutions per page of an indicator's table; the trend chart draws those of the page shown. */
    public static final int PAGE = 8;

    private final DashboardAccess access;
    private final DashboardReadModel readModel;
    private final ScoreRows scoreRows;
    private final IndicatorTrends trends;

    IndicatorDashboards(
            DashboardAccess access, DashboardReadModel readModel, ScoreRows scoreRows, IndicatorTrends trends) {
        this.access = access;
        this.readModel = readModel;
        this.scoreRows = scoreRows;
        this.trends = trends;
    }

    /**
     * An indicator's dashboard. The institutions' table shows one page of them ({@link #PAGE} on the page), and the
     * trend draws those institutions; page 0 means every institution on one page (for the export).
     */
    public IndicatorDashboard indicator(
            Long planId,
            Long indicatorId,
            int page,
            int pageSize,
            SignedInUser user,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        PlanStandings standings = access.readable(planId, user);
        Set<Long> shown = access.visibleUnits(standings, planId, user);
        var key = new ViewKey.Indicator(
                planId, standings.revision(), indicatorId, page, pageSize, shown, basis, variant, locale);
        return readModel.view(key, () -> build(standings, key));
    }

    private IndicatorDashboard build(PlanStandings standings, ViewKey.Indicator key) {
        Basis basis = key.basis();
        Locale locale = key.locale();
        int page = key.page();
        ReportingScope scope = standings.scope();
        IndicatorItem indicator = scope.indicators().stream()
                .filter(i -> i.id().equals(key.indicatorId()))
                .findFirst()
                .orElseThrow(() -> new DashboardNotFoundException(key.indicatorId()));
        List<Long> units = indicator.reporters().stream()
                .filter(key.shown()::contains)
                .sorted(Comparator.comparing(id -> standings.units().get(id).name()))
                .toList();
        Switches switches = ScoreRows.switches(scope, basis, key.variant());
        ScoreRow summary =
                scoreRows.scoreRow(standings, indicator, units, basis, switches.variant(), List.of(), locale);
        List<UnitRow> rows = new ArrayList<>();
        for (Long id : units) {
            rows.add(unitRow(standings, indicator, id, basis, switches, locale));
        }
        Paged<UnitRow> unitPage =
                Paged.of(rows, Math.max(1, page), page < 1 ? Math.max(1, rows.size()) : key.pageSize());
        List<Long> trendUnits =
                unitPage.rows().stream().map(UnitRow::organizationId).toList();
        IndicatorTrends.Trend trend = trends.trend(standings, indicator, trendUnits, basis, switches.variant(), locale);
        return new IndicatorDashboard(
                key.planId(),
                scope.planTitle(),
                switches,
                summary,
                scoreRows.message("indicator.direction." + indicator.direction(), locale),
                rows,
                unitPage,
                trend.periods(),
                trend.lines(),
                trend.rows());
    }

    private UnitRow unitRow(
            PlanStandings standings, IndicatorItem indicator, Long id, Basis basis, Switches switches, Locale locale) {
        Unit unit = standings.units().get(id);
        Standing standing = standings.standing(indicator.id(), id, basis, switches.variant());
        ReportFigures.Value latest = standing.latest();
        return new UnitRow(
                id,
                unit.name(),
                unit.regionName(),
                latest == null ? "" : scoreRows.format(latest.measurement(), indicator.unit(), locale),
                latest == null ? "" : String.valueOf(latest.periodEnd()),
                standing.pending(),
                latest == null ? null : latest.reportId(),
                ScoreRows.percentOf(standing.evaluation().progress()),
                standing.status(),
                scoreRows.explanation(standing.evaluation(), locale),
                latest == null ? null : ScoreRows.number(latest.measurement()));
    }
}
