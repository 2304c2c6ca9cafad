package com.hospitalplan.targets;

import static com.hospitalplan.targets.ProgressJudge.judge;
import static com.hospitalplan.targets.ProgressJudge.noData;
import static com.hospitalplan.targets.ProgressJudge.pace;
import static com.hospitalplan.targets.ProgressPath.expected;
import static com.hospitalplan.targets.ProgressPath.expectedByDate;
import static com.hospitalplan.targets.ProgressPath.towardsHigher;
import static com.hospitalplan.targets.ProgressPath.towardsLower;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Judges the targets that compare a number: the latest value against a bound, a change against a base, a rank, a
 * sum over the plan period, and a value against a benchmark of the same year.
 */
final class NumberEvaluation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberEvaluation() {}

    static Evaluation compareLatest(Target target, Situation situation, Explanation goal, Measurement latest) {
        if (latest.number() == null) {
            return noData(latest, "target.explain.noData", goal);
        }
        BigDecimal x = latest.number();
        BigDecimal b =
                situation.baseline() == null ? null : situation.baseline().number();
        Bound bound = ProgressPath.effectiveBound(target.bound(), situation.direction());
        BigDecimal v = target.value();
        boolean achieved;
        BigDecimal progress;
        switch (bound) {
            case AT_LEAST -> {
                achieved = target.strict() ? x.compareTo(v) > 0 : x.compareTo(v) >= 0;
                progress = towardsHigher(x, b, v);
            }
            case AT_MOST -> {
                achieved = target.strict() ? x.compareTo(v) < 0 : x.compareTo(v) <= 0;
                progress = towardsLower(x, b, v);
            }
            case ABOUT -> {
                BigDecimal distance = x.subtract(v).abs();
                achieved = distance.compareTo(v.abs().multiply(TargetEvaluator.ABOUT_TOLERANCE)) <= 0;
                BigDecimal start =
                        b != null && b.compareTo(v) != 0 ? b.subtract(v).abs() : v.abs();
                progress = achieved
                        ? BigDecimal.ONE
                        : start.signum() == 0
                                ? BigDecimal.ZERO
                                : BigDecimal.ONE.subtract(Numbers.divide(distance, start));
            }
            case RANGE -> {
                boolean aboveUpper = x.compareTo(target.upper()) > 0;
                achieved = x.compareTo(v) >= 0 && (!aboveUpper || situation.direction() != Direction.WITHIN_BAND);
                progress = towardsHigher(x, b, v);
            }
            default -> throw new IllegalStateException("No number bound " + bound);
        }
        return judge(achieved, progress, expectedByDate(situation, latest.date()), situation, goal, latest);
    }

    /**
     * A change against the baseline, or against the value of a named base year ("较2020年提高"). A decrease has a
     * negative target value. A change in "%" of an indicator that is not itself a percentage is relative to the base
     * ("下降10%"); of a percentage, and in 百分点, it is in points.
     */
    static Evaluation increase(Target target, Situation situation, Explanation goal, Measurement latest) {
        BigDecimal base = baseValue(target, situation);
        if (base == null) {
            return noData(latest, "target.explain.noBaseline", goal);
        }
        if (latest.number() == null) {
            return noData(latest, "target.explain.noData", goal);
        }
        BigDecimal change = latest.number().subtract(base);
        if ("%".equals(target.unit()) && !situation.percentage()) {
            if (base.signum() == 0) {
                return noData(latest, "target.explain.noBaseline", goal);
            }
            change = Numbers.divide(change, base).multiply(HUNDRED);
        }
        BigDecimal wanted = target.value();
        boolean down = wanted.signum() < 0 || target.bound() == Bound.AT_MOST;
        boolean achieved = switch (target.bound()) {
            case RANGE -> change.compareTo(wanted) >= 0 && change.compareTo(target.upper()) <= 0;
            case ABOUT ->
                change.subtract(wanted).abs().compareTo(wanted.abs().multiply(TargetEvaluator.ABOUT_TOLERANCE)) <= 0;
            default -> down ? change.compareTo(wanted) <= 0 : change.compareTo(wanted) >= 0;
        };
        BigDecimal progress = wanted.signum() == 0 ? BigDecimal.ONE : Numbers.divide(change, wanted);
        return judge(achieved, progress, expectedByDate(situation, latest.date()), situation, goal, latest);
    }

    /** The baseline, or the value reported for the named base year when the baseline is of another year. */
    private static BigDecimal baseValue(Target target, Situation situation) {
        Baseline baseline = situation.baseline();
        Integer year = target.baseYear();
        if (year == null || (baseline != null && baseline.year() == year)) {
            return baseline == null ? null : baseline.number();
        }
        return ProgressPath.lastPerYear(situation.measurements()).entrySet().stream()
                .filter(e -> e.getKey().equals(year))
                .map(e -> e.getValue().number())
                .findFirst()
                .orElse(null);
    }

    static Evaluation rank(Target target, Situation situation, Explanation goal, Measurement latest) {
        if (target.value() == null) {
            // "位居全市前列" names no rank to compare with
            return noData(latest, "target.explain.noRankStated", goal);
        }
        if (latest.number() == null) {
            return noData(latest, "target.explain.noData", goal);
        }
        BigDecimal x = latest.number();
        BigDecimal b =
                situation.baseline() == null ? null : situation.baseline().number();
        boolean achieved = x.compareTo(target.value()) <= 0;
        return judge(
                achieved,
                towardsLower(x, b, target.value()),
                expectedByDate(situation, latest.date()),
                situation,
                goal,
                latest);
    }

    static Evaluation cumulative(Target target, Situation situation, Explanation goal) {
        Map<Integer, Measurement> byYear = ProgressPath.lastPerYear(situation.measurements());
        BigDecimal total = BigDecimal.ZERO;
        for (Measurement measurement : byYear.values()) {
            if (measurement.number() != null && measurement.year() >= situation.startYear()) {
                total = total.add(measurement.number());
            }
        }
        Measurement latest = situation.latest();
        Measurement sum = Measurement.number(latest.date(), total);
        boolean achieved = total.compareTo(target.value()) >= 0;
        BigDecimal progress = target.value().signum() == 0 ? BigDecimal.ONE : Numbers.divide(total, target.value());
        LocalDate from = LocalDate.of(situation.startYear(), 1, 1).minusDays(1);
        return judge(achieved, progress, expected(from, situation, latest.date()), situation, goal, sum);
    }

    static Evaluation benchmark(Target target, Situation situation, Explanation goal, Measurement latest) {
        BigDecimal reference = situation.benchmark().get(latest.year());
        if (reference == null || latest.number() == null) {
            return noData(latest, "target.explain.noBenchmark", goal, latest.year(), target.reference());
        }
        BigDecimal x = latest.number();
        int comparison = x.compareTo(reference);
        boolean achieved = target.bound() == Bound.AT_MOST
                ? (target.strict() ? comparison < 0 : comparison <= 0)
                : (target.strict() ? comparison > 0 : comparison >= 0);
        BigDecimal progress = reference.signum() == 0 ? BigDecimal.ONE : Numbers.divide(x, reference);
        Status status = achieved ? Status.ACHIEVED : Status.OFF_TRACK;
        return new Evaluation(
                status,
                achieved,
                progress,
                BigDecimal.ONE,
                latest,
                Explanation.of(
                        "target.explain.benchmark",
                        goal,
                        latest.year(),
                        TargetDescriber.withUnit(Rounding.rounded(x, target.unit()), target.unit()),
                        target.reference(),
                        TargetDescriber.withUnit(Rounding.rounded(reference, target.unit()), target.unit()),
                        pace(status)));
    }
}
