package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What was submitted or approved, as the dashboards judge it: the report module's {@link ReportFigures} turned into
 * observations per institution.
 */
@Component
class DashboardData {

    private final ReportFigures figures;

    DashboardData(ReportFigures figures) {
        this.figures = figures;
    }

    /** Everything submitted or approved in a plan, per institution. */
    Map<Long, UnitReports> reports(Long planId) {
        return byUnit(figures.counted(planId));
    }

    /** What one institution submitted or had approved in a plan. */
    UnitReports reports(Long planId, Long organizationId) {
        return byUnit(figures.counted(planId, organizationId)).getOrDefault(organizationId, UnitReports.NONE);
    }

    /** Every submitted or approved value of one indicator, with its period, oldest first. */
    List<PeriodValue> history(Long indicatorId) {
        return figures.history(indicatorId).stream()
                .map(v -> new PeriodValue(observation(v.value()), v.periodKind(), v.year(), v.part()))
                .toList();
    }

    /** A value with the period it belongs to. */
    record PeriodValue(Observation observation, String periodKind, int year, int part) {}

    private static Map<Long, UnitReports> byUnit(ReportFigures.Counted counted) {
        Map<Long, List<Observation>> values =
                group(counted.values(), ReportFigures.Value::organizationId, DashboardData::observation);
        Map<Long, List<MilestoneObservation>> milestones = group(
                counted.milestones(),
                ReportFigures.MilestoneStatus::organizationId,
                m -> new MilestoneObservation(
                        m.milestoneId(), m.organizationId(), m.periodEnd(), m.status(), m.percentDone(), m.approved()));
        Map<Long, List<SubTargetObservation>> subTargets = group(
                counted.subTargets(),
                ReportFigures.SubTargetValue::organizationId,
                t -> new SubTargetObservation(
                        t.milestoneId(),
                        t.position(),
                        t.organizationId(),
                        t.periodEnd(),
                        t.number(),
                        t.yes(),
                        t.approved()));
        Map<Long, List<SpendingObservation>> spending = group(
                counted.spending(),
                ReportFigures.Spending::organizationId,
                s -> new SpendingObservation(
                        s.budgetLineId(), s.organizationId(), s.periodEnd(), s.amount(), s.approved()));
        Set<Long> ids = new HashSet<>(values.keySet());
        ids.addAll(milestones.keySet());
        ids.addAll(subTargets.keySet());
        ids.addAll(spending.keySet());
        Map<Long, UnitReports> grouped = new HashMap<>();
        for (Long id : ids) {
            grouped.put(
                    id,
                    new UnitReports(
                            values.getOrDefault(id, List.of()),
                            milestones.getOrDefault(id, List.of()),
                            subTargets.getOrDefault(id, List.of()),
                            spending.getOrDefault(id, List.of())));
        }
        return grouped;
    }

    /** Each row turned into an observation, per institution. */
    private static <R, O> Map<Long, List<O>> group(
            List<R> rows, Function<R, Long> organization, Function<R, O> observation) {
        Map<Long, List<O>> grouped = new HashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(organization.apply(row), k -> new ArrayList<>())
                    .add(observation.apply(row));
        }
        return grouped;
    }

    private static Observation observation(ReportFigures.Value v) {
        return new Observation(
                v.indicatorId(),
                v.organizationId(),
                v.periodEnd(),
                v.number(),
                v.level(),
                v.yes(),
                v.reportId(),
                v.approved());
    }
}
