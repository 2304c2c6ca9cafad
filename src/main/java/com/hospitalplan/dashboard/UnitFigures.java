package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** What one institution's figures in a plan are, per basis and target variant: a part of {@link PlanStandings}. */
record UnitFigures(
        Map<Basis, Map<Long, NavigableMap<Integer, ReportFigures.Value>>> yearly,
        Map<Basis, Map<TargetVariant, Map<Long, Standing>>> standings,
        Map<Basis, Map<Long, ReportFigures.MilestoneStatus>> milestones,
        Map<Basis, Map<SubTargetKey, NavigableMap<Integer, Measurement>>> subTargets,
        Map<Basis, Map<Long, Map<Integer, BigDecimal>>> spending) {

    static UnitFigures of(ReportingScope scope, Unit unit, UnitReports reports, Judgement judgement) {
        Map<Basis, Map<Long, NavigableMap<Integer, ReportFigures.Value>>> yearly = new EnumMap<>(Basis.class);
        Map<Basis, Map<TargetVariant, Map<Long, Standing>>> standings = new EnumMap<>(Basis.class);
        Map<Basis, Map<Long, ReportFigures.MilestoneStatus>> milestones = new EnumMap<>(Basis.class);
        Map<Basis, Map<SubTargetKey, NavigableMap<Integer, Measurement>>> subTargets = new EnumMap<>(Basis.class);
        Map<Basis, Map<Long, Map<Integer, BigDecimal>>> spending = new EnumMap<>(Basis.class);
        for (Basis basis : Basis.values()) {
            Map<Long, NavigableMap<Integer, ReportFigures.Value>> byIndicator = new HashMap<>();
            for (ReportFigures.Value o : reports.values()) {
                if (basis.counts(o.approved()) && o.hasValue()) {
                    byIndicator
                            .computeIfAbsent(o.indicatorId(), k -> new TreeMap<>())
                            .merge(o.periodEnd().getYear(), o, UnitFigures::later);
                }
            }
            yearly.put(basis, byIndicator);
            Map<TargetVariant, Map<Long, Standing>> byVariant = new EnumMap<>(TargetVariant.class);
            for (TargetVariant variant : TargetVariant.values()) {
                Map<Long, Standing> byIndicatorStanding = new HashMap<>();
                for (IndicatorItem indicator : scope.indicators()) {
                    if (!indicator.reporters().contains(unit.id())) {
                        continue;
                    }
                    if (variant == TargetVariant.ORIGINAL && indicator.originalTarget() == null) {
                        byIndicatorStanding.put(
                                indicator.id(),
                                byVariant.get(TargetVariant.ADJUSTED).get(indicator.id()));
                        continue;
                    }
                    NavigableMap<Integer, ReportFigures.Value> values =
                            byIndicator.getOrDefault(indicator.id(), new TreeMap<>());
                    byIndicatorStanding.put(indicator.id(), judge(indicator, unit, values, variant, judgement));
                }
                byVariant.put(variant, byIndicatorStanding);
            }
            standings.put(basis, byVariant);
            Map<Long, ReportFigures.MilestoneStatus> latestMilestones = new HashMap<>();
            for (ReportFigures.MilestoneStatus m : reports.milestones()) {
                if (basis.counts(m.approved()) && m.status() != null) {
                    latestMilestones.merge(
                            m.milestoneId(), m, (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
                }
            }
            milestones.put(basis, latestMilestones);
            subTargets.put(basis, subTargetValues(reports.subTargets(), basis));
            Map<Long, Map<Integer, BigDecimal>> spent = new HashMap<>();
            for (ReportFigures.Spending s : reports.spending()) {
                if (basis.counts(s.approved()) && s.amount() != null) {
                    spent.computeIfAbsent(s.budgetLineId(), k -> new TreeMap<>())
                            .merge(s.periodEnd().getYear(), s.amount(), BigDecimal::add);
                }
            }
            spending.put(basis, spent);
        }
        return new UnitFigures(yearly, standings, milestones, subTargets, spending);
    }

    Standing standing(Long indicatorId, Basis basis, TargetVariant variant) {
        return standings.get(basis).get(variant).get(indicatorId);
    }

    NavigableMap<Integer, ReportFigures.Value> yearly(Long indicatorId, Basis basis) {
        return yearly.get(basis).getOrDefault(indicatorId, new TreeMap<>());
    }

    Map<Long, ReportFigures.MilestoneStatus> milestones(Basis basis) {
        return milestones.get(basis);
    }

    /** Each sub-target's last value of each year. */
    Map<SubTargetKey, NavigableMap<Integer, Measurement>> subTargets(Basis basis) {
        return subTargets.get(basis);
    }

    /** Each sub-target's last value of each year that counts on the basis. */
    private static Map<SubTargetKey, NavigableMap<Integer, Measurement>> subTargetValues(
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

    Map<Long, Map<Integer, BigDecimal>> spent(Basis basis) {
        return spending.get(basis);
    }

    private static Standing judge(
            IndicatorItem indicator,
            Unit unit,
            NavigableMap<Integer, ReportFigures.Value> values,
            TargetVariant variant,
            Judgement judgement) {
        ReportFigures.Value latest =
                values.isEmpty() ? null : values.lastEntry().getValue();
        List<Measurement> measurements =
                values.values().stream().map(ReportFigures.Value::measurement).toList();
        Verdict verdict =
                judgement.institution(indicator, PlanStandings.target(indicator, variant), unit.member(), measurements);
        return new Standing(indicator.id(), unit.id(), verdict.evaluation(), latest);
    }

    static ReportFigures.Value later(ReportFigures.Value a, ReportFigures.Value b) {
        return b.periodEnd().isAfter(a.periodEnd()) ? b : a;
    }
}
