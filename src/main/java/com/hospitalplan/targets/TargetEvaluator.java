package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges reported values against a target: achieved or not, progress from baseline to target, the progress expected
 * by then on a straight line from the baseline's year to the end of the plan, a status and a one-line explanation.
 *
 * <p>Status: {@link Status#ACHIEVED} when the target is met; {@link Status#ON_TRACK} when progress is at least the
 * expected progress; {@link Status#AT_RISK} when it is behind by at most {@link #AT_RISK_MARGIN}; otherwise (or once
 * the plan period is over) {@link Status#OFF_TRACK}; {@link Status#NO_DATA} when nothing can be judged yet.
 */
public final class TargetEvaluator {

    /** "左右" counts as met within this share of the target value (45%左右: 42.75%–47.25%). */
    public static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.05");
    /** How far behind the expected progress a value may be and still be "at risk" rather than "off track". */
    public static final BigDecimal AT_RISK_MARGIN = new BigDecimal("0.10");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Evaluation evaluate(Target target, Situation situation) {
        if (target.targetYear() != null && target.targetYear() >= situation.startYear()) {
            // "到2020年底" in a 2020–2021 plan is due in 2020: expected progress and "missed" follow the target's year
            situation = situation.dueIn(target.targetYear());
        }
        Explanation goal = TargetDescriber.describe(target);
        Measurement latest = situation.latest();
        if (latest == null) {
            return new Evaluation(
                    Status.NO_DATA, false, null, null, null, Explanation.of("target.explain.noData", goal));
        }
        if (latest.yes() != null && latest.number() == null && latest.level() == null) {
            // a yes/no report answers whether the target is reached, whatever the target reads as
            return achievement(situation, goal, latest);
        }
        return switch (target.measure()) {
            case LATEST_VALUE, INSTITUTION_SHARE, INSTITUTION_COUNT -> compareLatest(target, situation, goal, latest);
            case INCREASE -> increase(target, situation, goal, latest);
            case LEVEL -> level(target, situation, goal, latest);
            case ACHIEVEMENT -> achievement(situation, goal, latest);
            case BENCHMARK -> benchmark(target, situation, goal, latest);
            case RANK -> rank(target, situation, goal, latest);
            case CUMULATIVE -> cumulative(target, situation, goal);
            case YEARLY_VALUE -> yearly(target, situation, goal, false);
            case YEARLY_GROWTH -> yearly(target, situation, goal, true);
        };
    }

    private Evaluation compareLatest(Target target, Situation situation, Explanation goal, Measurement latest) {
        if (latest.number() == null) {
            return noValue(goal, latest);
        }
        BigDecimal x = latest.number();
        BigDecimal b =
                situation.baseline() == null ? null : situation.baseline().number();
        Bound bound = effectiveBound(target.bound(), situation.direction());
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
                achieved = distance.compareTo(v.abs().multiply(ABOUT_TOLERANCE)) <= 0;
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
    private Evaluation increase(Target target, Situation situation, Explanation goal, Measurement latest) {
        BigDecimal base = baseValue(target, situation);
        if (base == null) {
            return new Evaluation(
                    Status.NO_DATA, false, null, null, latest, Explanation.of("target.explain.noBaseline", goal));
        }
        if (latest.number() == null) {
            return noValue(goal, latest);
        }
        BigDecimal change = latest.number().subtract(base);
        if ("%".equals(target.unit()) && !situation.percentage()) {
            if (base.signum() == 0) {
                return new Evaluation(
                        Status.NO_DATA, false, null, null, latest, Explanation.of("target.explain.noBaseline", goal));
            }
            change = Numbers.divide(change, base).multiply(HUNDRED);
        }
        BigDecimal wanted = target.value();
        boolean down = wanted.signum() < 0 || target.bound() == Bound.AT_MOST;
        boolean achieved = switch (target.bound()) {
            case RANGE -> change.compareTo(wanted) >= 0 && change.compareTo(target.upper()) <= 0;
            case ABOUT -> change.subtract(wanted).abs().compareTo(wanted.abs().multiply(ABOUT_TOLERANCE)) <= 0;
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
        return lastPerYear(situation.measurements()).entrySet().stream()
                .filter(e -> e.getKey().equals(year))
                .map(e -> e.getValue().number())
                .findFirst()
                .orElse(null);
    }

    private Evaluation level(Target target, Situation situation, Explanation goal, Measurement latest) {
        LevelScale scale = situation.scale() != null
                ? situation.scale()
                : situation.scales().guess(target.level());
        if (scale == null) {
            return new Evaluation(
                    Status.NO_DATA, false, null, null, latest, Explanation.of("target.explain.noScale", goal));
        }
        int reached = scale.rank(latest.level());
        int wanted = scale.rank(target.level());
        if (reached < 0 || wanted < 0) {
            String unknown = reached < 0 ? String.valueOf(latest.level()) : target.level();
            return new Evaluation(
                    Status.NO_DATA,
                    false,
                    null,
                    null,
                    latest,
                    Explanation.of("target.explain.unknownLevel", goal, unknown, scale.name()));
        }
        int from =
                situation.baseline() != null && scale.rank(situation.baseline().level()) >= 0
                        ? scale.rank(situation.baseline().level())
                        : -1;
        boolean achieved = reached >= wanted;
        BigDecimal progress = from >= 0 && wanted > from
                ? Numbers.divide(BigDecimal.valueOf(reached - from), BigDecimal.valueOf(wanted - from))
                : Numbers.divide(BigDecimal.valueOf(reached + 1), BigDecimal.valueOf(wanted + 1));
        if (achieved
                && target.stretchLevel() != null
                && scale.rank(target.stretchLevel()) >= 0
                && reached >= scale.rank(target.stretchLevel())) {
            return new Evaluation(
                    Status.ACHIEVED,
                    true,
                    progress,
                    expectedByDate(situation, latest.date()),
                    latest,
                    Explanation.of(
                            "target.explain.achievedStretch",
                            goal,
                            latest.level(),
                            latest.year(),
                            target.stretchLevel()));
        }
        return judge(achieved, progress, expectedByDate(situation, latest.date()), situation, goal, latest);
    }

    private Evaluation achievement(Situation situation, Explanation goal, Measurement latest) {
        boolean done = Boolean.TRUE.equals(latest.yes());
        BigDecimal expected = expectedByDate(situation, situation.asOf());
        if (done) {
            return new Evaluation(
                    Status.ACHIEVED,
                    true,
                    BigDecimal.ONE,
                    expected,
                    latest,
                    Explanation.of("target.explain.done", goal, latest.year()));
        }
        Status status = situation.periodOver()
                ? Status.OFF_TRACK
                : expected.compareTo(new BigDecimal("0.5")) < 0 ? Status.ON_TRACK : Status.AT_RISK;
        return new Evaluation(
                status,
                false,
                BigDecimal.ZERO,
                expected,
                latest,
                Explanation.of("target.explain.notDone", goal, latest.year(), pace(status)));
    }

    private Evaluation benchmark(Target target, Situation situation, Explanation goal, Measurement latest) {
        BigDecimal reference = situation.benchmark().get(latest.year());
        if (reference == null || latest.number() == null) {
            return new Evaluation(
                    Status.NO_DATA,
                    false,
                    null,
                    null,
                    latest,
                    Explanation.of("target.explain.noBenchmark", goal, latest.year(), target.reference()));
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

    private Evaluation rank(Target target, Situation situation, Explanation goal, Measurement latest) {
        if (target.value() == null) {
            // "位居全市前列" names no rank to compare with
            return new Evaluation(
                    Status.NO_DATA, false, null, null, latest, Explanation.of("target.explain.noRankStated", goal));
        }
        if (latest.number() == null) {
            return noValue(goal, latest);
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

    private Evaluation cumulative(Target target, Situation situation, Explanation goal) {
        Map<Integer, Measurement> byYear = lastPerYear(situation.measurements());
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

    /** Each year on its own ("每年6人以上") or each year's growth over the year before ("逐年增长15%以上"). */
    private Evaluation yearly(Target target, Situation situation, Explanation goal, boolean growth) {
        Map<Integer, Measurement> byYear = lastPerYear(situation.measurements());
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        if (growth && situation.baseline() != null && situation.baseline().number() != null) {
            values.put(situation.baseline().year(), situation.baseline().number());
        }
        byYear.forEach((year, m) -> {
            if (m.number() != null) {
                values.put(year, m.number());
            }
        });
        List<Integer> judgedYears = new ArrayList<>();
        List<Boolean> met = new ArrayList<>();
        BigDecimal latestValue = null;
        Integer latestYear = null;
        for (Map.Entry<Integer, BigDecimal> entry : values.entrySet()) {
            int year = entry.getKey();
            if (year < situation.startYear() || year > situation.endYear()) {
                continue;
            }
            boolean complete = LocalDate.of(year, 12, 31).isBefore(situation.asOf());
            BigDecimal value = entry.getValue();
            if (growth) {
                BigDecimal previous = values.get(year - 1);
                if (!complete || previous == null || previous.signum() == 0) {
                    continue;
                }
                value = Numbers.divide(value.subtract(previous), previous).multiply(HUNDRED);
            } else if (!complete) {
                // the year so far, against the share of the yearly target due by now
                BigDecimal share = Numbers.divide(
                        BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), situation.asOf()) + 1),
                        BigDecimal.valueOf(LocalDate.of(year, 1, 1).lengthOfYear()));
                value = share.signum() == 0 ? value : Numbers.divide(value, share);
            }
            judgedYears.add(year);
            met.add(meets(target, value, situation.direction()));
            latestValue = value;
            latestYear = year;
        }
        if (latestYear == null) {
            return new Evaluation(
                    Status.NO_DATA,
                    false,
                    null,
                    null,
                    situation.latest(),
                    Explanation.of("target.explain.noFullYear", goal));
        }
        long metCount = met.stream().filter(Boolean::booleanValue).count();
        boolean allMet = metCount == met.size();
        boolean lastMet = met.get(met.size() - 1);
        Status status = allMet
                ? (situation.periodOver() ? Status.ACHIEVED : Status.ON_TRACK)
                : !lastMet ? Status.OFF_TRACK : Status.AT_RISK;
        BigDecimal progress = Numbers.divide(BigDecimal.valueOf(metCount), BigDecimal.valueOf(met.size()));
        Measurement latest = Measurement.number(LocalDate.of(latestYear, 12, 31), latestValue);
        String shown = growth
                ? Numbers.plain(latestValue.setScale(1, java.math.RoundingMode.HALF_UP)) + "%"
                : TargetDescriber.withUnit(Rounding.rounded(values.get(latestYear), target.unit()), target.unit());
        return new Evaluation(
                status,
                allMet && situation.periodOver(),
                progress,
                BigDecimal.ONE,
                latest,
                Explanation.of(
                        "target.explain.yearly", goal, judgedYears.size(), metCount, latestYear, shown, pace(status)));
    }

    private static boolean meets(Target target, BigDecimal x, Direction direction) {
        BigDecimal v = target.value();
        return switch (effectiveBound(target.bound(), direction)) {
            case AT_LEAST -> target.strict() ? x.compareTo(v) > 0 : x.compareTo(v) >= 0;
            case AT_MOST -> target.strict() ? x.compareTo(v) < 0 : x.compareTo(v) <= 0;
            case ABOUT -> x.subtract(v).abs().compareTo(v.abs().multiply(ABOUT_TOLERANCE)) <= 0;
            case RANGE -> x.compareTo(v) >= 0 && x.compareTo(target.upper()) <= 0;
            default -> false;
        };
    }

    private static Bound effectiveBound(Bound bound, Direction direction) {
        if (bound != Bound.REACH) {
            return bound;
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> Bound.AT_LEAST;
            case LOWER_IS_BETTER -> Bound.AT_MOST;
            case WITHIN_BAND -> Bound.ABOUT;
        };
    }

    /** (x − b) / (v − b) with a baseline below the target, x / v without one. */
    private static BigDecimal towardsHigher(BigDecimal x, BigDecimal b, BigDecimal v) {
        if (b != null && v.compareTo(b) > 0) {
            return Numbers.divide(x.subtract(b), v.subtract(b)).max(BigDecimal.ZERO);
        }
        return v.signum() == 0 ? BigDecimal.ONE : Numbers.divide(x, v).max(BigDecimal.ZERO);
    }

    /** (b − x) / (b − v) with a baseline above the target, v / x without one. */
    private static BigDecimal towardsLower(BigDecimal x, BigDecimal b, BigDecimal v) {
        if (b != null && b.compareTo(v) > 0) {
            return Numbers.divide(b.subtract(x), b.subtract(v)).max(BigDecimal.ZERO);
        }
        if (x.compareTo(v) <= 0 || x.signum() == 0) {
            return BigDecimal.ONE;
        }
        return Numbers.divide(v, x);
    }

    private static BigDecimal expectedByDate(Situation situation, LocalDate date) {
        int baseYear = situation.baseline() != null ? situation.baseline().year() : situation.startYear() - 1;
        return expected(LocalDate.of(baseYear, 12, 31), situation, date);
    }

    /** The share of the way from {@code from} to the end of the plan that has passed at {@code date}. */
    private static BigDecimal expected(LocalDate from, Situation situation, LocalDate date) {
        LocalDate end = LocalDate.of(situation.endYear(), 12, 31);
        long total = ChronoUnit.DAYS.between(from, end);
        if (total <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal passed =
                Numbers.divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, date)), BigDecimal.valueOf(total));
        return Numbers.clamp(passed, BigDecimal.ZERO, BigDecimal.ONE);
    }

    private Evaluation judge(
            boolean achieved,
            BigDecimal progress,
            BigDecimal expected,
            Situation situation,
            Explanation goal,
            Measurement latest) {
        String unit = unitOf(goal);
        String shown = latest.level() != null ? latest.level() : Rounding.display(latest.number(), unit) + unit;
        if (achieved) {
            return new Evaluation(
                    Status.ACHIEVED,
                    true,
                    progress,
                    expected,
                    latest,
                    Explanation.of("target.explain.achieved", goal, shown, latest.year()));
        }
        Target yearly = situation.yearlyTargets().get(latest.year());
        if (yearly != null && !situation.periodOver() && latest.year() < situation.endYear()) {
            return againstYearlyTarget(yearly, progress, expected, situation, goal, latest, shown);
        }
        Status status;
        if (situation.periodOver()) {
            status = Status.OFF_TRACK;
        } else if (progress.compareTo(expected) >= 0) {
            status = Status.ON_TRACK;
        } else if (expected.subtract(progress).compareTo(AT_RISK_MARGIN) <= 0) {
            status = Status.AT_RISK;
        } else {
            status = Status.OFF_TRACK;
        }
        String key = situation.periodOver() ? "target.explain.missed" : "target.explain.progress";
        return new Evaluation(
                status,
                false,
                progress,
                expected,
                latest,
                Explanation.of(key, goal, shown, latest.year(), Numbers.percent(progress), pace(status)));
    }

    /**
     * A value of a year the plan sets its own target for ("2023年 ≥32%"): on track when it meets that year's target;
     * otherwise off track once that year is over, at risk while it runs.
     */
    private Evaluation againstYearlyTarget(
            Target yearly,
            BigDecimal progress,
            BigDecimal expected,
            Situation situation,
            Explanation goal,
            Measurement latest,
            String shown) {
        Situation thatYear =
                situation.dueIn(latest.year()).withMeasurements(latest).withYearlyTargets(Map.of());
        boolean met = evaluate(yearly, thatYear).achieved();
        boolean yearOver = situation.asOf().isAfter(LocalDate.of(latest.year(), 12, 31));
        Status status = met ? Status.ON_TRACK : yearOver ? Status.OFF_TRACK : Status.AT_RISK;
        return new Evaluation(
                status,
                false,
                progress,
                expected,
                latest,
                Explanation.of(
                        met ? "target.explain.yearlyMet" : "target.explain.yearlyMissed",
                        goal,
                        shown,
                        latest.year(),
                        TargetDescriber.describe(yearly),
                        pace(status)));
    }

    /** The unit the target was written with, to show beside the reported number. */
    private static String unitOf(Explanation goal) {
        Object inner = goal.args().isEmpty() ? null : goal.args().get(0);
        if (inner instanceof Explanation nested) {
            return unitOf(nested);
        }
        if (inner instanceof String text) {
            String unit = text.replaceFirst("^[\\d.]+", "");
            return unit.matches("[^\\d]{0,4}") ? unit : "";
        }
        return "";
    }

    private static Explanation pace(Status status) {
        return Explanation.of("target.pace." + status.name());
    }

    private static Evaluation noValue(Explanation goal, Measurement latest) {
        return new Evaluation(Status.NO_DATA, false, null, null, latest, Explanation.of("target.explain.noData", goal));
    }

    private static Map<Integer, Measurement> lastPerYear(List<Measurement> measurements) {
        Map<Integer, Measurement> byYear = new LinkedHashMap<>();
        for (Measurement measurement : measurements) {
            byYear.put(measurement.year(), measurement);
        }
        return byYear;
    }
}
