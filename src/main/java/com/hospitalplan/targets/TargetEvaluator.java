package com.hospitalplan.targets;

import java.math.BigDecimal;

/**
 * Judges reported values against a target: achieved or not, progress from baseline to target, the progress expected
 * by then on a straight line from the baseline's year to the end of the plan, a status and a one-line explanation.
 * Each kind of target is judged by its own class ({@link NumberEvaluation}, {@link LevelEvaluation}, {@link
 * YearlyEvaluation}); the status follows from the progress in {@link ProgressJudge}.
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

    public Evaluation evaluate(Target target, Situation situation) {
        if (target.targetYear() != null && target.targetYear() >= situation.startYear()) {
            // "到2020年底" in a 2020–2021 plan is due in 2020: expected progress and "missed" follow the target's year
            situation = situation.dueIn(target.targetYear());
        }
        Explanation goal = TargetDescriber.describe(target);
        Measurement latest = situation.latest();
        if (latest == null) {
            return ProgressJudge.noData(null, "target.explain.noData", goal);
        }
        if (latest.yes() != null && latest.number() == null && latest.level() == null) {
            // a yes/no report answers whether the target is reached, whatever the target reads as
            return LevelEvaluation.achievement(situation, goal, latest);
        }
        return switch (target.measure()) {
            case LATEST_VALUE, INSTITUTION_SHARE, INSTITUTION_COUNT ->
                NumberEvaluation.compareLatest(target, situation, goal, latest);
            case INCREASE -> NumberEvaluation.increase(target, situation, goal, latest);
            case LEVEL -> LevelEvaluation.level(target, situation, goal, latest);
            case ACHIEVEMENT -> LevelEvaluation.achievement(situation, goal, latest);
            case BENCHMARK -> NumberEvaluation.benchmark(target, situation, goal, latest);
            case RANK -> NumberEvaluation.rank(target, situation, goal, latest);
            case CUMULATIVE -> NumberEvaluation.cumulative(target, situation, goal);
            case YEARLY_VALUE -> YearlyEvaluation.yearly(target, situation, goal, false);
            case YEARLY_GROWTH -> YearlyEvaluation.yearly(target, situation, goal, true);
        };
    }
}
