package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns achieved, progress and expected progress into a status and its explanation: achieved; judged against a
 * year's own target while the plan runs; otherwise on track, at risk or off track by how far progress lags behind.
 */
final class ProgressJudge {

    private ProgressJudge() {}

    static Evaluation judge(
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
            Status status = againstYearlyTarget(yearly, situation, latest);
            String key = status == Status.ON_TRACK ? "target.explain.yearlyMet" : "target.explain.yearlyMissed";
            return notAchieved(
                    status,
                    progress,
                    expected,
                    latest,
                    Explanation.of(key, goal, shown, latest.year(), TargetDescriber.describe(yearly), pace(status)));
        }
        Status status;
        if (situation.periodOver()) {
            status = Status.OFF_TRACK;
        } else if (progress.compareTo(expected) >= 0) {
            status = Status.ON_TRACK;
        } else if (expected.subtract(progress).compareTo(TargetEvaluator.AT_RISK_MARGIN) <= 0) {
            status = Status.AT_RISK;
        } else {
            status = Status.OFF_TRACK;
        }
        String key = situation.periodOver() ? "target.explain.missed" : "target.explain.progress";
        return notAchieved(
                status,
                progress,
                expected,
                latest,
                Explanation.of(key, goal, shown, latest.year(), Numbers.percent(progress), pace(status)));
    }

    /**
     * A value of a year the plan sets its own target for ("2023年 ≥32%"): on track when it meets that year's target;
     * otherwise off track once that year is over, at risk while it runs.
     */
    private static Status againstYearlyTarget(Target yearly, Situation situation, Measurement latest) {
        Situation thatYear =
                situation.dueIn(latest.year()).withMeasurements(latest).withYearlyTargets(Map.of());
        boolean met = new TargetEvaluator().evaluate(yearly, thatYear).achieved();
        boolean yearOver = situation.asOf().isAfter(LocalDate.of(latest.year(), 12, 31));
        return met ? Status.ON_TRACK : yearOver ? Status.OFF_TRACK : Status.AT_RISK;
    }

    private static Evaluation notAchieved(
            Status status, BigDecimal progress, BigDecimal expected, Measurement latest, Explanation explanation) {
        return new Evaluation(status, false, progress, expected, latest, explanation);
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

    /** "on track", "at risk"…: the status in words, for the end of an explanation. */
    static Explanation pace(Status status) {
        return Explanation.of("target.pace." + status.name());
    }

    /** Nothing to judge, with the reason why. */
    static Evaluation noData(Measurement latest, String key, Object... args) {
        return new Evaluation(Status.NO_DATA, false, null, null, latest, Explanation.of(key, args));
    }
}
