package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.MemberValues;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where every reporting institution of one plan stands on every indicator, milestone and budget line, on a given
 * day: an immutable snapshot. A new report decision makes a new snapshot with {@link #withUnit}, which judges only
 * that institution again. Roll-ups over a set of institutions are computed on first use and kept. Every judgement,
 * of one institution or of a set, is {@link Judgement}'s. Plain Java.
 */
final class PlanStandings {

    private final ReportingScope scope;
    private final Map<Long, IndicatorItem> indicators;
    private final Map<Long, Unit> units;
    private final Judgement judgement;
    private final Map<Long, UnitFigures> figures;
    private final Map<RollupKey, Figure> rollups = new ConcurrentHashMap<>();
    private final long revision = REVISIONS.incrementAndGet();

    /** Numbers every snapshot made, so that views built from one never pass for those of another. */
    private static final AtomicLong REVISIONS = new AtomicLong();

    private record RollupKey(
            Long indicatorId, Set<Long> units, List<String> regionNames, Basis basis, TargetVariant variant) {}

    private PlanStandings(
            ReportingScope scope,
            Map<Long, IndicatorItem> indicators,
            Map<Long, Unit> units,
            Judgement judgement,
            Map<Long, UnitFigures> figures) {
        this.scope = scope;
        this.indicators = indicators;
        this.units = units;
        this.judgement = judgement;
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
        Map<Long, UnitFigures> figures = new HashMap<>();
        for (Unit unit : units.values()) {
            UnitReports unitReports = reports.get(unit.id());
            figures.put(unit.id(), unitReports == null ? UnitFigures.NONE : UnitFigures.of(unitReports));
        }
        Map<Long, IndicatorItem> indicators = new HashMap<>();
        scope.indicators().forEach(i -> indicators.put(i.id(), i));
        return new PlanStandings(
                scope, Map.copyOf(indicators), Map.copyOf(units), Judgement.of(scope, asOf, scales), figures);
    }

    /** The same plan with one institution's reports replaced; the others' figures are shared, not copied. */
    PlanStandings withUnit(Long organizationId, UnitReports unitReports) {
        if (!units.containsKey(organizationId)) {
            return this;
        }
        Map<Long, UnitFigures> newFigures = new HashMap<>(figures);
        newFigures.put(organizationId, UnitFigures.of(unitReports));
        return new PlanStandings(scope, indicators, units, judgement, newFigures);
    }

    /** This snapshot's number: a later snapshot of the same plan has a higher one. */
    long revision() {
        return revision;
    }

    /** How large the snapshot is, in kept entries (mostly yearly values), for bounding memory. */
    int weight() {
        int weight = 1 + units.size();
        for (UnitFigures unit : figures.values()) {
            weight += unit.weight();
        }
        return weight;
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

    /** One institution's standing, judged now; {@code null} when it does not report the indicator. */
    Standing standing(Long indicatorId, Long organizationId, Basis basis, TargetVariant variant) {
        UnitFigures unit = figures.get(organizationId);
        IndicatorItem indicator = indicators.get(indicatorId);
        if (unit == null || indicator == null || !indicator.reporters().contains(organizationId)) {
            return null;
        }
        ReportFigures.Value[] values = unit.on(basis).values(indicatorId);
        List<Measurement> measurements = new ArrayList<>(values.length);
        for (ReportFigures.Value value : values) {
            measurements.add(value.measurement());
        }
        Verdict verdict = judgement.institution(
                indicator, target(indicator, variant), units.get(organizationId).member(), measurements);
        return new Standing(
                indicatorId,
                organizationId,
                verdict.evaluation(),
                values.length == 0 ? null : values[values.length - 1]);
    }

    /** Whether an institution's latest value of an indicator still waits for a decision. */
    private boolean pending(Long indicatorId, Long organizationId, Basis basis) {
        ReportFigures.Value latest = figures.get(organizationId).on(basis).latest(indicatorId);
        return latest != null && !latest.approved();
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
        boolean pending = ordered.stream().anyMatch(id -> pending(indicator.id(), id, basis));
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
                    measurements(unit.on(basis).byYear(indicator.id())),
                    indicator.aggregationWeightId() == null
                            ? null
                            : measurements(unit.on(basis).byYear(indicator.aggregationWeightId()))));
        }
        return members;
    }

    private static NavigableMap<Integer, Measurement> measurements(NavigableMap<Integer, ReportFigures.Value> byYear) {
        NavigableMap<Integer, Measurement> measurements = new TreeMap<>();
        byYear.forEach((year, o) -> measurements.put(year, o.measurement()));
        return measurements;
    }

    /** The target of an indicator in the chosen variant. */
    static Target target(IndicatorItem indicator, TargetVariant variant) {
        return variant == TargetVariant.ORIGINAL && indicator.originalTarget() != null
                ? indicator.originalTarget()
                : indicator.target();
    }

    /** An institution's latest reported status of a milestone, or {@code null}. */
    ReportFigures.MilestoneStatus milestone(Long milestoneId, Long organizationId, Basis basis) {
        UnitFigures unit = figures.get(organizationId);
        return unit == null ? null : unit.on(basis).milestones().get(milestoneId);
    }

    /**
     * A milestone's sub-target over some of the milestone's reporting institutions, judged by {@link
     * Judgement#subTargetOverSet}.
     */
    Verdict subTarget(SubTargetItem subTarget, Collection<Long> organizationIds, Basis basis) {
        SubTargetKey key = new SubTargetKey(subTarget.milestoneId(), subTarget.position());
        List<MemberValues> members = new ArrayList<>();
        for (Long id : organizationIds) {
            UnitFigures unit = figures.get(id);
            if (unit != null) {
                members.add(new MemberValues(
                        units.get(id).member(), unit.on(basis).subTargets().getOrDefault(key, new TreeMap<>()), null));
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
        return unit == null ? Map.of() : unit.on(basis).spending().getOrDefault(budgetLineId, Map.of());
    }
}
