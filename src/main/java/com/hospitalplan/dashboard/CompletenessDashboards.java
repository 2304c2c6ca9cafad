package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.CompletenessDashboard;
import com.hospitalplan.dashboard.DashboardViews.PeriodRow;
import com.hospitalplan.dashboard.DashboardViews.PunctualityCount;
import com.hospitalplan.dashboard.DashboardViews.UnitPunctuality;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.report.ReportFigures.PeriodReport;
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

    private final RegionScopes scopes;
    private final DashboardAccess access;
    private final ScoreRows scoreRows;
    private final ReportFigures figures;
    private final Clock clock;

    CompletenessDashboards(
            RegionScopes scopes, DashboardAccess access, ScoreRows scoreRows, ReportFigures figures, Clock clock) {
        this.scopes = scopes;
        this.access = access;
        this.scoreRows = scoreRows;
        this.figures = figures;
        this.clock = clock;
    }

    public CompletenessDashboard completeness(
            String code, Long planId, Long periodId, SignedInUser user, Locale locale) {
        RegionScopes.RegionScope scope = scopes.regionScope(code, user);
        Long chosen = scope.choose(planId);
        if (chosen == null) {
            return new CompletenessDashboard(
                    code, scope.region().name(), scope.planChoices(), null, null, List.of(), null, null, List.of());
        }
        PlanStandings standings = scope.candidates().get(chosen);
        Set<Long> visible = access.visibleUnits(standings, chosen, user);
        List<Unit> units = standings.units().values().stream()
                .filter(u -> visible.contains(u.id()) && scope.tree().isWithin(u.regionCode(), code))
                .sorted(Comparator.comparing(Unit::name))
                .toList();
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Map<Long, List<PeriodReport>> byPeriod = new LinkedHashMap<>();
        figures.periodReports(chosen)
                .forEach(r -> byPeriod.computeIfAbsent(r.periodId(), k -> new ArrayList<>())
                        .add(r));
        List<PeriodRow> periods = new ArrayList<>();
        Map<Long, List<UnitPunctuality>> unitsByPeriod = new LinkedHashMap<>();
        for (List<PeriodReport> reports : byPeriod.values()) {
            PeriodReport period = reports.get(0);
            Map<Long, PeriodReport> byUnit = new LinkedHashMap<>();
            reports.stream().filter(r -> r.organizationId() != null).forEach(r -> byUnit.put(r.organizationId(), r));
            Map<Punctuality, Integer> counts = new EnumMap<>(Punctuality.class);
            for (Punctuality p : Punctuality.values()) {
                counts.put(p, 0);
            }
            List<UnitPunctuality> rows = new ArrayList<>();
            for (Unit unit : units) {
                PeriodReport report = byUnit.get(unit.id());
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
                shown == null ? List.of() : unitsByPeriod.get(shown.periodId()));
    }

    private String label(PeriodReport period, Locale locale) {
        return scoreRows.message(
                "dashboard.completeness.period." + period.kind(), locale, period.year(), period.part());
    }
}
