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
 * What was submitted or approved, as the dashboards judge it: the report module's {@link ReportFigures} grouped per
 * institution.
 */
@Component
class DashboardData {

    private final ReportFigures figures;

    DashboardData(ReportFigures figures) {
        this.figures = figures;
    }

    /** What counts in a plan ({@link ReportFigures#counted(Long)}), per institution. */
    Map<Long, UnitReports> reports(Long planId) {
        return byUnit(figures.counted(planId));
    }

    /** What counts of one institution in a plan. */
    UnitReports reports(Long planId, Long organizationId) {
        return byUnit(figures.counted(planId, organizationId)).getOrDefault(organizationId, UnitReports.NONE);
    }

    /** Every submitted or approved value of one indicator, with its period, oldest first. */
    List<ReportFigures.PeriodValue> history(Long indicatorId) {
        return figures.history(indicatorId);
    }

    private static Map<Long, UnitReports> byUnit(ReportFigures.Counted counted) {
        Map<Long, List<ReportFigures.Value>> values = group(counted.values(), ReportFigures.Value::organizationId);
        Map<Long, List<ReportFigures.MilestoneStatus>> milestones =
                group(counted.milestones(), ReportFigures.MilestoneStatus::organizationId);
        Map<Long, List<ReportFigures.SubTargetValue>> subTargets =
                group(counted.subTargets(), ReportFigures.SubTargetValue::organizationId);
        Map<Long, List<ReportFigures.Spending>> spending =
                group(counted.spending(), ReportFigures.Spending::organizationId);
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

    /** The rows per institution. */
    private static <R> Map<Long, List<R>> group(List<R> rows, Function<R, Long> organization) {
        Map<Long, List<R>> grouped = new HashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(organization.apply(row), k -> new ArrayList<>())
                    .add(row);
        }
        return grouped;
    }
}
