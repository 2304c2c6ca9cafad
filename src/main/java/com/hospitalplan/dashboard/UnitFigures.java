package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
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
        Map<Basis, Map<Long, NavigableMap<Integer, Observation>>> yearly,
        Map<Basis, Map<TargetVariant, Map<Long, Standing>>> standings,
        Map<Basis, Map<Long, MilestoneObservation>> milestones,
        Map<Basis, Map<SubTargetObservation.Key, NavigableMap<Integer, Measurement>>> subTargets,
        Map<Basis, Map<Long, Map<Integer, BigDecimal>>> spending) {

    static UnitFigures of(ReportingScope scope, Unit unit, UnitReports reports, Judgement judgement) {
        Map<Basis, Map<Long, NavigableMap<Integer, Observation>>> yearly = new EnumMap<>(Basis.class);
        Map<Basis, Map<TargetVariant, Map<Long, Standing>>> standings = new EnumMap<>(Basis.class);
        Map<Basis, Map<Long, MilestoneObservation>> milestones = new EnumMap<>(Basis.class);
        Map<Basis, Map<SubTargetObservation.Key, NavigableMap<Integer, Measurement>>> subTargets =
                new EnumMap<>(Basis.class);
        Map<Basis, Map<Long, Map<Integer, BigDecimal>>> spending = new EnumMap<>(Basis.class);
        for (Basis basis : Basis.values()) {
            Map<Long, NavigableMap<Integer, Observation>> byIndicator = new HashMap<>();
            for (Observation o : reports.values()) {
                if (o.counts(basis) && o.hasValue()) {
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
                    NavigableMap<Integer, Observation> values =
                            byIndicator.getOrDefault(indicator.id(), new TreeMap<>());
                    byIndicatorStanding.put(indicator.id(), judge(indicator, unit, values, variant, judgement));
                }
                byVariant.put(variant, byIndicatorStanding);
            }
            standings.put(basis, byVariant);
            Map<Long, MilestoneObservation> latestMilestones = new HashMap<>();
            for (MilestoneObservation m : reports.milestones()) {
                if (m.counts(basis) && m.status() != null) {
                    latestMilestones.merge(
                            m.milestoneId(), m, (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
                }
            }
            milestones.put(basis, latestMilestones);
            subTargets.put(basis, subTargetValues(reports.subTargets(), basis));
            Map<Long, Map<Integer, BigDecimal>> spent = new HashMap<>();
            for (SpendingObservation s : reports.spending()) {
                if (s.counts(basis) && s.amount() != null) {
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

    NavigableMap<Integer, Observation> yearly(Long indicatorId, Basis basis) {
        return yearly.get(basis).getOrDefault(indicatorId, new TreeMap<>());
    }

    Map<Long, MilestoneObservation> milestones(Basis basis) {
        return milestones.get(basis);
    }

    /** Each sub-target's last value of each year. */
    Map<SubTargetObservation.Key, NavigableMap<Integer, Measurement>> subTargets(Basis basis) {
        return subTargets.get(basis);
    }

    /** Each sub-target's last value of each year that counts on the basis. */
    private static Map<SubTargetObservation.Key, NavigableMap<Integer, Measurement>> subTargetValues(
            List<SubTargetObservation> observations, Basis basis) {
        Map<SubTargetObservation.Key, NavigableMap<Integer, SubTargetObservation>> byYear = new HashMap<>();
        for (SubTargetObservation o : observations) {
            if (o.counts(basis)) {
                byYear.computeIfAbsent(o.key(), k -> new TreeMap<>())
                        .merge(
                                o.periodEnd().getYear(),
                                o,
                                (a, b) -> b.periodEnd().isAfter(a.periodEnd()) ? b : a);
            }
        }
        Map<SubTargetObservation.Key, NavigableMap<Integer, Measurement>> values = new HashMap<>();
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
            NavigableMap<Integer, Observation> values,
            TargetVariant variant,
            Judgement judgement) {
        Observation latest = values.isEmpty() ? null : values.lastEntry().getValue();
        List<Measurement> measurements =
                values.values().stream().map(Observation::measurement).toList();
        Verdict verdict =
                judgement.institution(indicator, PlanStandings.target(indicator, variant), unit.member(), measurements);
        return new Standing(indicator.id(), unit.id(), verdict.evaluation(), latest);
    }

    static Observation later(Observation a, Observation b) {
        return b.periodEnd().isAfter(a.periodEnd()) ? b : a;
    }
}
