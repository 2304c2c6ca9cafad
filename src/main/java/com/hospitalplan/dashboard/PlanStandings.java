package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.MemberValues;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where every reporting institution of one plan stands on every indicator, milestone and budget line, on a given
 * day: an immutable snapshot. A new report decision makes a new snapshot with {@link #withUnit}, which judges only
 * that institution again. Roll-ups over a set of institutions are computed on first use and kept. Every judgement,
 * of one institution or of a set, is {@link Judgement}'s. Plain Java.
 */
final class PlanStandings {

    private final ReportingScope scope;
    private final Map<Long, Unit> units;
    private final Judgement judgement;
    private final Map<Long, UnitReports> reports;
    private final Map<Long, UnitFigures> figures;
    private final Map<RollupKey, Figure> rollups = new ConcurrentHashMap<>();
    private final Map<Object, Object> views = new ConcurrentHashMap<>();

    /** Views kept per snapshot; beyond this many different ones (viewers, switches, languages) they start afresh. */
    private static final int MAX_VIEWS = 1_000;

    private record RollupKey(
            Long indicatorId, Set<Long> units, List<String> regionNames, Basis basis, TargetVariant variant) {}

    private PlanStandings(
            ReportingScope scope,
            Map<Long, Unit> units,
            Judgement judgement,
            Map<Long, UnitReports> reports,
            Map<Long, UnitFigures> figures) {
        this.scope = scope;
        this.units = units;
        this.judgement = judgement;
        this.reports = reports;
        this.figures = figures;
    }

    /**
     * @param units every institution that reports anything in the plan
     * @param reports what each of them submitted (missing ones have reported nothing)
     */
    static PlanStandings of(
            ReportingScope scope,
            Map<Long, Unit> units,
            Map<Long, UnitReports> reports,
            LocalDate asOf,
            LevelScaleCatalog scales) {
        Judgement judgement = Judgement.of(scope, asOf, scales);
        Map<Long, UnitFigures> figures = new HashMap<>();
        for (Unit unit : units.values()) {
            figures.put(
                    unit.id(),
                    UnitFigures.of(scope, unit, reports.getOrDefault(unit.id(), UnitReports.NONE), judgement));
        }
        return new PlanStandings(scope, Map.copyOf(units), judgement, Map.copyOf(reports), figures);
    }

    /** The same plan with one institution's reports replaced. */
    PlanStandings withUnit(Long organizationId, UnitReports unitReports) {
        Unit unit = units.get(organizationId);
        if (unit == null) {
            return this;
        }
        Map<Long, UnitReports> newReports = new HashMap<>(reports);
        newReports.put(organizationId, unitReports);
        Map<Long, UnitFigures> newFigures = new HashMap<>(figures);
        newFigures.put(organizationId, UnitFigures.of(scope, unit, unitReports, judgement));
        return new PlanStandings(scope, units, judgement, Map.copyOf(newReports), newFigures);
    }

    ReportingScope scope() {
        return scope;
    }

    LocalDate asOf() {
        return judgement.asOf();
    }

    Map<Long, Unit> units() {
        return units;
    }

    /** One institution's standing; {@code null} when it does not report the indicator. */
    Standing standing(Long indicatorId, Long organizationId, Basis basis, TargetVariant variant) {
        UnitFigures unit = figures.get(organizationId);
        return unit == null ? null : unit.standing(indicatorId, basis, variant);
    }

    /**
     * The figure of an indicator over some of its reporting institutions (all of them for the plan, those of a region
     * for the region), judged against the target that applies there.
     *
     * @param regionNames the region's name and those above it, for the plan's override for the region; empty for the
     *     whole plan
     */
    Figure rollup(
            IndicatorItem indicator,
            Collection<Long> organizationIds,
            Basis basis,
            TargetVariant variant,
            List<String> regionNames) {
        Set<Long> members = Set.copyOf(organizationIds.stream()
                .filter(indicator.reporters()::contains)
                .filter(units::containsKey)
                .toList());
        RollupKey key = new RollupKey(indicator.id(), members, List.copyOf(regionNames), basis, variant);
        Figure cached = rollups.get(key);
        if (cached != null) {
            return cached;
        }
        List<Long> ordered = members.stream().sorted().toList();
        Verdict verdict =
                judgement.set(indicator, target(indicator, variant), regionNames, members(indicator, ordered, basis));
        boolean pending = ordered.stream()
                .map(id -> figures.get(id).standing(indicator.id(), basis, variant))
                .anyMatch(Standing::pending);
        Figure result = new Figure(verdict, pending);
        rollups.put(key, result);
        return result;
    }

    /** Each year's figure of an indicator over some of its reporting institutions, for a trend line. */
    List<Measurement> trend(
            IndicatorItem indicator, Collection<Long> organizationIds, Basis basis, TargetVariant variant) {
        return judgement.series(indicator, members(indicator, organizationIds, basis));
    }

    /** What each of the institutions that report the indicator reported, for a judgement of the set. */
    private List<MemberValues> members(IndicatorItem indicator, Collection<Long> organizationIds, Basis basis) {
        List<MemberValues> members = new ArrayList<>();
        for (Long id : organizationIds) {
            UnitFigures unit = figures.get(id);
            if (unit == null || !indicator.reporters().contains(id)) {
                continue;
            }
            members.add(new MemberValues(
                    units.get(id).member(),
                    measurements(unit.yearly(indicator.id(), basis)),
                    indicator.aggregationWeightId() == null
                            ? null
                            : measurements(unit.yearly(indicator.aggregationWeightId(), basis))));
        }
        return members;
    }

    private static NavigableMap<Integer, Measurement> measurements(NavigableMap<Integer, Observation> byYear) {
        NavigableMap<Integer, Measurement> measurements = new TreeMap<>();
        byYear.forEach((year, o) -> measurements.put(year, o.measurement()));
        return measurements;
    }

    /**
     * A view built from this snapshot, built once per key: the snapshot never changes, and a new report decision
     * makes a new snapshot.
     */
    @SuppressWarnings("unchecked")
    <T> T view(Object key, java.util.function.Supplier<T> build) {
        Object known = views.get(key);
        if (known != null) {
            return (T) known;
        }
        T built = build.get();
        if (views.size() >= MAX_VIEWS) {
            views.clear();
        }
        views.put(key, built);
        return built;
    }

    /** The target of an indicator in the chosen variant. */
    static Target target(IndicatorItem indicator, TargetVariant variant) {
        return variant == TargetVariant.ORIGINAL && indicator.originalTarget() != null
                ? indicator.originalTarget()
                : indicator.target();
    }

    /** An institution's latest reported status of a milestone, or {@code null}. */
    MilestoneObservation milestone(Long milestoneId, Long organizationId, Basis basis) {
        UnitFigures unit = figures.get(organizationId);
        return unit == null ? null : unit.milestones(basis).get(milestoneId);
    }

    /**
     * A milestone's sub-target over some of the milestone's reporting institutions, judged by {@link
     * Judgement#subTargetOverSet}.
     */
    Verdict subTarget(SubTargetItem subTarget, Collection<Long> organizationIds, Basis basis) {
        SubTargetObservation.Key key = new SubTargetObservation.Key(subTarget.milestoneId(), subTarget.position());
        List<MemberValues> members = new ArrayList<>();
        for (Long id : organizationIds) {
            UnitFigures unit = figures.get(id);
            if (unit != null) {
                members.add(new MemberValues(
                        units.get(id).member(), unit.subTargets(basis).getOrDefault(key, new TreeMap<>()), null));
            }
        }
        return judgement.subTargetOverSet(subTarget, members);
    }

    /** Money an institution reported as spent against a budget line over all periods (万元). */
    BigDecimal spent(Long budgetLineId, Long organizationId, Basis basis) {
        return spentByYear(budgetLineId, organizationId, basis).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Money an institution reported as spent against a budget line, by the year of the period (万元). */
    Map<Integer, BigDecimal> spentByYear(Long budgetLineId, Long organizationId, Basis basis) {
        UnitFigures unit = figures.get(organizationId);
        return unit == null ? Map.of() : unit.spent(basis).getOrDefault(budgetLineId, Map.of());
    }

    /** What one institution's figures are, per basis and target variant. */
    private record UnitFigures(
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
                                .merge(o.periodEnd().getYear(), o, PlanStandings::later);
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
        Verdict verdict = judgement.institution(indicator, target(indicator, variant), unit.member(), measurements);
        return new Standing(indicator.id(), unit.id(), verdict.evaluation(), latest);
    }

    private static Observation later(Observation a, Observation b) {
        return b.periodEnd().isAfter(a.periodEnd()) ? b : a;
    }
}
