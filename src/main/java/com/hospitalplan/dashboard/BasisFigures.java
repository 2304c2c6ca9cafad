package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What one institution counted in a plan on one basis: per indicator the latest value of each year (all a judgement
 * reads), the latest status of each milestone, the latest value of each sub-target per year and the money spent per
 * budget line and year. The yearly values are kept as a short array, oldest year first: it is the bulk of a plan's
 * figures.
 */
record BasisFigures(
        Map<Long, ReportFigures.Value[]> yearly,
        Map<Long, ReportFigures.MilestoneStatus> milestones,
        Map<SubTargetKey, NavigableMap<Integer, Measurement>> subTargets,
        Map<Long, Map<Integer, BigDecimal>> spending) {

    private static final ReportFigures.Value[] NO_VALUES = {};

    /** Values in time: by the end of their period, then (periods ending the same day) by their report. */
    private static final Comparator<ReportFigures.Value> IN_TIME =
            Comparator.comparing(ReportFigures.Value::periodEnd).thenComparing(ReportFigures.Value::reportId);

    static BasisFigures of(UnitReports reports, Basis basis) {
        return new BasisFigures(
                yearly(reports.values(), basis),
                milestones(reports.milestones(), basis),
                subTargets(reports.subTargets(), basis),
                spending(reports.spending(), basis));
    }

    /** The latest value of each year of an indicator, oldest year first; empty when there is none. */
    ReportFigures.Value[] values(Long indicatorId) {
        return yearly.getOrDefault(indicatorId, NO_VALUES);
    }

    /** The latest value of each year of an indicator, by year. */
    NavigableMap<Integer, ReportFigures.Value> byYear(Long indicatorId) {
        NavigableMap<Integer, ReportFigures.Value> byYear = new TreeMap<>();
        for (ReportFigures.Value value : values(indicatorId)) {
            byYear.put(value.periodEnd().getYear(), value);
        }
        return byYear;
    }

    /** The latest value of an indicator, or {@code null}. */
    ReportFigures.Value latest(Long indicatorId) {
        ReportFigures.Value[] values = values(indicatorId);
        return values.length == 0 ? null : values[values.length - 1];
    }

    int weight() {
        int weight = 1 + milestones.size() + subTargets.size() + spending.size();
        for (ReportFigures.Value[] values : yearly.values()) {
            weight += values.length;
        }
        return weight;
    }

    private static Map<Long, ReportFigures.Value[]> yearly(List<ReportFigures.Value> values, Basis basis) {
        Map<Long, NavigableMap<Integer, ReportFigures.Value>> byIndicator = new HashMap<>();
        for (ReportFigures.Value o : values) {
            if (basis.counts(o.approved()) && o.hasValue()) {
                byIndicator
                        .computeIfAbsent(o.indicatorId(), k -> new TreeMap<>())
                        .merge(o.periodEnd().getYear(), o, BasisFigures::later);
            }
        }
        Map<Long, ReportFigures.Value[]> yearly = new HashMap<>();
        byIndicator.forEach(
                (indicatorId, years) -> yearly.put(indicatorId, years.values().toArray(ReportFigures.Value[]::new)));
        return yearly;
    }

    private static Map<Long, ReportFigures.MilestoneStatus> milestones(
            List<ReportFigures.MilestoneStatus> statuses, Basis basis) {
        Map<Long, ReportFigures.MilestoneStatus> latest = new HashMap<>();
        for (ReportFigures.MilestoneStatus m : statuses) {
            if (basis.counts(m.approved()) && m.status() != null) {
                latest.merge(m.milestoneId(), m, (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
            }
        }
        return latest;
    }

    /** Each sub-target's last value of each year that counts on the basis. */
    private static Map<SubTargetKey, NavigableMap<Integer, Measurement>> subTargets(
            List<ReportFigures.SubTargetValue> observations, Basis basis) {
        Map<SubTargetKey, NavigableMap<Integer, ReportFigures.SubTargetValue>> byYear = new HashMap<>();
        for (ReportFigures.SubTargetValue o : observations) {
            if (basis.counts(o.approved()) && o.hasValue()) {
                byYear.computeIfAbsent(SubTargetKey.of(o), k -> new TreeMap<>())
                        .merge(
                                o.periodEnd().getYear(),
                                o,
                                (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
            }
        }
        Map<SubTargetKey, NavigableMap<Integer, Measurement>> values = new HashMap<>();
        byYear.forEach((key, years) -> {
            NavigableMap<Integer, Measurement> measurements = new TreeMap<>();
            years.forEach((year, o) -> measurements.put(year, o.measurement()));
            values.put(key, measurements);
        });
        return values;
    }

    private static Map<Long, Map<Integer, BigDecimal>> spending(List<ReportFigures.Spending> rows, Basis basis) {
        Map<Long, Map<Integer, BigDecimal>> spent = new HashMap<>();
        for (ReportFigures.Spending s : rows) {
            if (basis.counts(s.approved()) && s.amount() != null) {
                spent.computeIfAbsent(s.budgetLineId(), k -> new TreeMap<>())
                        .merge(s.periodEnd().getYear(), s.amount(), BigDecimal::add);
            }
        }
        return spent;
    }

    /** The later of two values; of two in periods ending the same day, the one of the later report. */
    static ReportFigures.Value later(ReportFigures.Value a, ReportFigures.Value b) {
        return IN_TIME.compare(b, a) > 0 ? b : a;
    }
}
