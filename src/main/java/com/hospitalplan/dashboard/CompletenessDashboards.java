package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.CompletenessDashboard;
import com.hospitalplan.dashboard.DashboardViews.PeriodRow;
import com.hospitalplan.dashboard.DashboardViews.PunctualityCount;
import com.hospitalplan.dashboard.DashboardViews.UnitPunctuality;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Who in a region has reported for each period of a plan: on time, late, returned, overdue or not yet due. */
@Service
public class CompletenessDashboards {

    private final DashboardPages pages;
    private final DashboardService dashboards;
    private final DashboardData data;
    private final Clock clock;

    CompletenessDashboards(DashboardPages pages, DashboardService dashboards, DashboardData data, Clock clock) {
        this.pages = pages;
        this.dashboards = dashboards;
        this.data = data;
        this.clock = clock;
    }

    public CompletenessDashboard completeness(
            String code, Long planId, Long periodId, SignedInUser user, Locale locale) {
        DashboardPages.RegionScope scope = pages.regionScope(code, user);
        Long chosen = scope.choose(planId);
        if (chosen == null) {
            return new CompletenessDashboard(
                    code,
                    scope.region().name(),
                    scope.planChoices(),
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    null);
        }
        PlanStandings standings = scope.candidates().get(chosen);
        Set<Long> visible = dashboards.visibleUnits(standings, chosen, user);
        List<Unit> units = standings.units().values().stream()
                .filter(u -> visible.contains(u.id()) && scope.tree().isWithin(u.regionCode(), code))
                .sorted(Comparator.comparing(Unit::name))
                .toList();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Map<Long, List<DashboardData.PeriodReport>> byPeriod = new LinkedHashMap<>();
        data.periodReports(chosen)
                .forEach(r -> byPeriod.computeIfAbsent(r.periodId(), k -> new ArrayList<>())
                        .add(r));
        List<PeriodRow> periods = new ArrayList<>();
        Map<Long, List<UnitPunctuality>> unitsByPeriod = new LinkedHashMap<>();
        for (List<DashboardData.PeriodReport> reports : byPeriod.values()) {
            DashboardData.PeriodReport period = reports.get(0);
            Map<Long, DashboardData.PeriodReport> byUnit = new LinkedHashMap<>();
            reports.stream().filter(r -> r.organizationId() != null).forEach(r -> byUnit.put(r.organizationId(), r));
            Map<Punctuality, Integer> counts = new EnumMap<>(Punctuality.class);
            for (Punctuality p : Punctuality.values()) {
                counts.put(p, 0);
            }
            List<UnitPunctuality> rows = new ArrayList<>();
            for (Unit unit : units) {
                DashboardData.PeriodReport report = byUnit.get(unit.id());
                LocalDate submittedOn = report == null || report.submittedAt() == null
                        ? null
                        : report.submittedAt().atZone(zone).toLocalDate();
                Punctuality punctuality = Punctuality.of(
                        period.dueOn(),
                        period.graceDays(),
                        report == null ? null : report.status(),
                        submittedOn,
                        today);
                counts.merge(punctuality, 1, Integer::sum);
                rows.add(new UnitPunctuality(
                        unit.id(),
                        unit.name(),
                        unit.regionName(),
                        punctuality,
                        submittedOn == null ? "" : submittedOn.toString(),
                        report == null ? null : report.reportId()));
            }
            periods.add(new PeriodRow(
                    period.periodId(),
                    label(period, locale),
                    period.dueOn().toString(),
                    units.size(),
                    counts.entrySet().stream()
                            .map(e -> new PunctualityCount(e.getKey(), e.getValue()))
                            .toList()));
            unitsByPeriod.put(period.periodId(), rows);
        }
        PeriodRow shown = periods.stream()
                .filter(p -> p.periodId().equals(periodId))
                .findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1));
        return new CompletenessDashboard(
                code,
                scope.region().name(),
                scope.planChoices(),
                chosen,
                standings.scope().planTitle(),
                periods,
                shown == null ? null : shown.periodId(),
                shown == null ? null : shown.label(),
                shown == null ? List.of() : unitsByPeriod.get(shown.periodId()),
                chart(periods, locale));
    }

    private String label(DashboardData.PeriodReport period, Locale locale) {
        return dashboards.message(
                "dashboard.completeness.period." + period.kind(), locale, period.year(), period.part());
    }

    /** Colours per punctuality, from the same colour-blind-safe palette as the statuses. */
    private static final Map<Punctuality, String> COLORS = Map.of(
            Punctuality.ON_TIME, "#009E73",
            Punctuality.LATE, "#56B4E9",
            Punctuality.RETURNED, "#E69F00",
            Punctuality.OVERDUE, "#D55E00",
            Punctuality.OPEN, "#999999");

    private String chart(List<PeriodRow> periods, Locale locale) {
        Map<String, Object> spec =
                Charts.spec("bar", periods.stream().map(PeriodRow::label).toList());
        spec.put("stacked", true);
        for (Punctuality p : Punctuality.values()) {
            Charts.series(
                    spec,
                    dashboards.message("dashboard.punctuality." + p, locale),
                    periods.stream()
                            .map(row -> row.counts().get(p.ordinal()).count())
                            .toList(),
                    COLORS.get(p));
        }
        return Charts.json(spec);
    }
}
