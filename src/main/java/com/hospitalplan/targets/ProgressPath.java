package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a target's path: how far a value has come towards the target, the share of the plan period
 * passed by a date (the progress expected on a straight line), and when a number meets a bound. Plain Java.
 */
final class ProgressPath {

    private ProgressPath() {}

    /** (x − b) / (v − b) with a baseline below the target, x / v without one. */
    static BigDecimal towardsHigher(BigDecimal x, BigDecimal b, BigDecimal v) {
        if (b != null && v.compareTo(b) > 0) {
            return Numbers.divide(x.subtract(b), v.subtract(b)).max(BigDecimal.ZERO);
        }
        return v.signum() == 0 ? BigDecimal.ONE : Numbers.divide(x, v).max(BigDecimal.ZERO);
    }

    /** (b − x) / (b − v) with a baseline above the target, v / x without one. */
    static BigDecimal towardsLower(BigDecimal x, BigDecimal b, BigDecimal v) {
        if (b != null && b.compareTo(v) > 0) {
            return Numbers.divide(b.subtract(x), b.subtract(v)).max(BigDecimal.ZERO);
        }
        if (x.compareTo(v) <= 0 || x.signum() == 0) {
            return BigDecimal.ONE;
        }
        return Numbers.divide(v, x);
    }

    /** The progress expected at {@code date} from the end of the baseline's year (the year before the plan without one). */
    static BigDecimal expectedByDate(Situation situation, LocalDate date) {
        int baseYear = situation.baseline() != null ? situation.baseline().year() : situation.startYear() - 1;
        return expected(LocalDate.of(baseYear, 12, 31), situation, date);
    }

    /** The share of the way from {@code from} to the end of the plan that has passed at {@code date}. */
    static BigDecimal expected(LocalDate from, Situation situation, LocalDate date) {
        LocalDate end = LocalDate.of(situation.endYear(), 12, 31);
        long total = ChronoUnit.DAYS.between(from, end);
        if (total <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal passed =
                Numbers.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, date)), BigDecimal.valueOf(total));
        return Numbers.clamp(passed, BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** Whether {@code x} meets the target's bound, "reach" read by the indicator's direction. */
    static boolean meets(Target target, BigDecimal x, Direction direction) {
        BigDecimal v = target.value();
        return switch (effectiveBound(target.bound(), direction)) {
            case AT_LEAST -> target.strict() ? x.compareTo(v) > 0 : x.compareTo(v) >= 0;
            case AT_MOST -> target.strict() ? x.compareTo(v) < 0 : x.compareTo(v) <= 0;
            case ABOUT -> x.subtract(v).abs().compareTo(v.abs().multiply(TargetEvaluator.ABOUT_TOLERANCE)) <= 0;
            case RANGE -> x.compareTo(v) >= 0 && x.compareTo(target.upper()) <= 0;
            default -> false;
        };
    }

    /** "Reach" (达到) means at least, at most or about the value, as the indicator's direction says. */
    static Bound effectiveBound(Bound bound, Direction direction) {
        if (bound != Bound.REACH) {
            return bound;
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> Bound.AT_LEAST;
            case LOWER_IS_BETTER -> Bound.AT_MOST;
            case WITHIN_BAND -> Bound.ABOUT;
        };
    }

    /** The last measurement of each year, in the order of the (date-sorted) measurements. */
    static Map<Integer, Measurement> lastPerYear(List<Measurement> measurements) {
        Map<Integer, Measurement> byYear = new LinkedHashMap<>();
        for (Measurement measurement : measurements) {
            byYear.put(measurement.year(), measurement);
        }
        return byYear;
    }
}
