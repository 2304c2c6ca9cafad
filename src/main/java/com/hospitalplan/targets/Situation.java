package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything a target is judged against: the indicator's direction and scale, the registered scales (where a level
 * target of an indicator without a scale is looked up), the baseline (may be missing), the plan period, the date of
 * judgement, the reported values, for benchmark targets the benchmark by year, whether the values are percentages,
 * and the targets the plan sets for single years.
 */
public record Situation(
        Direction direction,
        LevelScale scale,
        LevelScaleCatalog scales,
        Baseline baseline,
        int startYear,
        int endYear,
        LocalDate asOf,
        List<Measurement> measurements,
        Map<Integer, BigDecimal> benchmark,
        boolean percentage,
        Map<Integer, Target> yearlyTargets) {

    public Situation {
        measurements = measurements.stream()
                .sorted(Comparator.comparing(Measurement::date))
                .toList();
        benchmark = benchmark == null ? Map.of() : Map.copyOf(benchmark);
        scales = scales == null ? LevelScaleCatalog.EMPTY : scales;
        yearlyTargets = yearlyTargets == null ? Map.of() : Map.copyOf(yearlyTargets);
    }

    /**
     * A plan period with no scale, no baseline, no values yet and no benchmark; add them with the {@code with…} methods.
     */
    public static Situation of(int startYear, int endYear, LocalDate asOf) {
        return new Situation(
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                null,
                startYear,
                endYear,
                asOf,
                List.of(),
                Map.of(),
                false,
                Map.of());
    }

    public Situation withDirection(Direction direction) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    public Situation withScale(LevelScale scale) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    public Situation withScales(LevelScaleCatalog scales) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    public Situation withBaseline(Baseline baseline) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    public Situation withMeasurements(Measurement... measurements) {
        return withMeasurements(List.of(measurements));
    }

    public Situation withMeasurements(List<Measurement> measurements) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    public Situation withBenchmark(Map<Integer, BigDecimal> benchmark) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    /** The indicator's values are percentages: "提高5%" of it is five points, not five percent of the value. */
    public Situation withPercentage(boolean percentage) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    /** The plan's targets for single years ("2023年 ≥32%"), by year: a year's value is judged against its own. */
    public Situation withYearlyTargets(Map<Integer, Target> yearlyTargets) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                endYear,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    /** The same situation judged against a target due in {@code year} rather than at the plan's end. */
    Situation dueIn(int year) {
        return new Situation(
                direction,
                scale,
                scales,
                baseline,
                startYear,
                year,
                asOf,
                measurements,
                benchmark,
                percentage,
                yearlyTargets);
    }

    Measurement latest() {
        return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
    }

    boolean periodOver() {
        return asOf.isAfter(LocalDate.of(endYear, 12, 31));
    }
}
