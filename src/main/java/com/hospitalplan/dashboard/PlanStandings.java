package com.hospitalplan.dashboard;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.target.Measurement;
import com.hospitalplan.target.Target;
import com.hospitalplan.target.TargetEvaluator;
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
 * that institution again. Roll-ups over a set of institutions are computed on first use and kept. Plain Java.
 */
final class PlanStandings {

    private final ReportingScope scope;
    private final Map<Long, Unit> units;
    private final Situations situations;
    private final TargetEvaluator evaluator;
    private final Map<Long, UnitReports> reports;
    private final Map<Long, UnitFigures> figures;
    private final Map<RollupKey, Rollup.Result> rollups = new ConcurrentHashMap<>();
    private final Map<Object, Object> views = new ConcurrentHashMap<>();

    /** Views kept per snapshot; beyond this many different ones (viewers, switches, languages) they start afresh. */
    private static final int MAX_VIEWS = 1_000;

    private record RollupKey(Long indicatorId, Set<Long> units, Basis basis, TargetVariant variant) {}

    private PlanStandings(
            ReportingScope scope,
            Map<Long, Unit> units,
            Situations situations,
            TargetEvaluator evaluator,
            Map<Long, UnitReports> reports,
            Map<Long, UnitFigures> figures) {
        this.scope = scope;
        this.units = units;
        this.situations = situations;
        this.evaluator = evaluator;
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
            TargetEvaluator evaluator) {
        Situations situations = new Situations(scope.startYear(), scope.endYear(), asOf);
        Map<Long, UnitFigures> figures = new HashMap<>();
        for (Unit unit : units.values()) {
            figures.put(
                    unit.id(),
                    UnitFigures.of(
                            scope, unit, reports.getOrDefault(unit.id(), UnitReports.NONE), situations, evaluator));
        }
        return new PlanStandings(scope, Map.copyOf(units), situations, evaluator, Map.copyOf(reports), figures);
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
        newFigures.put(organizationId, UnitFigures.of(scope, unit, unitReports, situations, evaluator));
        return new PlanStandings(scope, units, situations, evaluator, Map.copyOf(newReports), newFigures);
    }

    ReportingScope scope() {
        return scope;
    }

    LocalDate asOf() {
        return situations.asOf();
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
     */
    Rollup.Result rollup(
            IndicatorItem indicator,
            Collection<Long> organizationIds,
            Basis basis,
            TargetVariant variant,
            Target target) {
        Set<Long> members = Set.copyOf(organizationIds.stream()
                .filter(indicator.reporters()::contains)
                .filter(units::containsKey)
                .toList());
        RollupKey key = new RollupKey(indicator.id(), members, basis, variant);
        Rollup.Result cached = rollups.get(key);
        if (cached != null) {
            return cached;
        }
        Rollup.Result result =
                Rollup.of(indicator, target, parts(indicator, members, basis, variant), situations, evaluator);
        rollups.put(key, result);
        return result;
    }

    /** Each year's figure of an indicator over some of its reporting institutions, for a trend line. */
    List<Measurement> trend(
            IndicatorItem indicator, Collection<Long> organizationIds, Basis basis, TargetVariant variant) {
        return Rollup.series(indicator, parts(indicator, organizationIds, basis, variant));
    }

    /** What each of the institutions that report the indicator contributes to a roll-up. */
    private List<Rollup.Part> parts(
            IndicatorItem indicator, Collection<Long> organizationIds, Basis basis, TargetVariant variant) {
        List<Rollup.Part> parts = new ArrayList<>();
        for (Long id : organizationIds) {
            UnitFigures unit = figures.get(id);
            if (unit == null || !indicator.reporters().contains(id)) {
                continue;
            }
            parts.add(new Rollup.Part(
                    unit.yearly(indicator.id(), basis),
                    unit.standing(indicator.id(), basis, variant),
                    indicator.aggregationWeightId() == null
                            ? null
                            : unit.yearly(indicator.aggregationWeightId(), basis)));
        }
        return parts;
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
            Map<Basis, Map<Long, Map<Integer, BigDecimal>>> spending) {

        static UnitFigures of(
                ReportingScope scope,
                Unit unit,
                UnitReports reports,
                Situations situations,
                TargetEvaluator evaluator) {
            Map<Basis, Map<Long, NavigableMap<Integer, Observation>>> yearly = new EnumMap<>(Basis.class);
            Map<Basis, Map<TargetVariant, Map<Long, Standing>>> standings = new EnumMap<>(Basis.class);
            Map<Basis, Map<Long, MilestoneObservation>> milestones = new EnumMap<>(Basis.class);
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
                        byIndicatorStanding.put(
                                indicator.id(), judge(indicator, unit, values, variant, situations, evaluator));
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
                Map<Long, Map<Integer, BigDecimal>> spent = new HashMap<>();
                for (SpendingObservation s : reports.spending()) {
                    if (s.counts(basis) && s.amount() != null) {
                        spent.computeIfAbsent(s.budgetLineId(), k -> new TreeMap<>())
                                .merge(s.periodEnd().getYear(), s.amount(), BigDecimal::add);
                    }
                }
                spending.put(basis, spent);
            }
            return new UnitFigures(yearly, standings, milestones, spending);
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

        Map<Long, Map<Integer, BigDecimal>> spent(Basis basis) {
            return spending.get(basis);
        }
    }

    private static Standing judge(
            IndicatorItem indicator,
            Unit unit,
            NavigableMap<Integer, Observation> values,
            TargetVariant variant,
            Situations situations,
            TargetEvaluator evaluator) {
        Observation latest = values.isEmpty() ? null : values.lastEntry().getValue();
        Target general = target(indicator, variant);
        Target target = ScopedTargets.forUnit(general, unit);
        if (target == null) {
            return new Standing(
                    indicator.id(),
                    unit.id(),
                    Rollup.notJudged(
                            latest == null ? null : latest.measurement(),
                            "dashboard.explain.noTarget",
                            indicator.targetText()),
                    latest);
        }
        if (target == general
                && indicator.aggregation() == Aggregation.SUM
                && indicator.reporters().size() > 1
                && latest != null) {
            // the target is the total of all institutions: one institution's part is counted, not judged
            return new Standing(
                    indicator.id(),
                    unit.id(),
                    Rollup.notJudged(latest.measurement(), "dashboard.explain.partOfTotal", indicator.name()),
                    latest);
        }
        List<Measurement> measurements =
                values.values().stream().map(Observation::measurement).toList();
        return new Standing(
                indicator.id(), unit.id(), evaluator.evaluate(target, situations.of(indicator, measurements)), latest);
    }

    private static Observation later(Observation a, Observation b) {
        return b.periodEnd().isAfter(a.periodEnd()) ? b : a;
    }
}
