package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        return copy(c -> c.direction = direction);
    }

    public Situation withScale(LevelScale scale) {
        return copy(c -> c.scale = scale);
    }

    public Situation withScales(LevelScaleCatalog scales) {
        return copy(c -> c.scales = scales);
    }

    public Situation withBaseline(Baseline baseline) {
        return copy(c -> c.baseline = baseline);
    }

    public Situation withMeasurements(Measurement... measurements) {
        return withMeasurements(List.of(measurements));
    }

    public Situation withMeasurements(List<Measurement> measurements) {
        return copy(c -> c.measurements = measurements);
    }

    public Situation withBenchmark(Map<Integer, BigDecimal> benchmark) {
        return copy(c -> c.benchmark = benchmark);
    }

    /** The indicator's values are percentages: "提高5%" of it is five points, not five percent of the value. */
    public Situation withPercentage(boolean percentage) {
        return copy(c -> c.percentage = percentage);
    }

    /** The plan's targets for single years ("2023年 ≥32%"), by year: a year's value is judged against its own. */
    public Situation withYearlyTargets(Map<Integer, Target> yearlyTargets) {
        return copy(c -> c.yearlyTargets = yearlyTargets);
    }

    /** The same situation judged against a target due in {@code year} rather than at the plan's end. */
    Situation dueIn(int year) {
        return copy(c -> c.endYear = year);
    }

    private Situation copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A situation's fields, one of which a {@code with…} method changes before it builds the new situation. */
    private static final class Copy {
        private Direction direction;
        private LevelScale scale;
        private LevelScaleCatalog scales;
        private Baseline baseline;
        private final int startYear;
        private int endYear;
        private final LocalDate asOf;
        private List<Measurement> measurements;
        private Map<Integer, BigDecimal> benchmark;
        private boolean percentage;
        private Map<Integer, Target> yearlyTargets;

        Copy(Situation s) {
            direction = s.direction;
            scale = s.scale;
            scales = s.scales;
            baseline = s.baseline;
            startYear = s.startYear;
            endYear = s.endYear;
            asOf = s.asOf;
            measurements = s.measurements;
            benchmark = s.benchmark;
            percentage = s.percentage;
            yearlyTargets = s.yearlyTargets;
        }

        Situation build() {
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
    }

    Measurement latest() {
        return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
    }

    boolean periodOver() {
        return asOf.isAfter(LocalDate.of(endYear, 12, 31));
    }
}
