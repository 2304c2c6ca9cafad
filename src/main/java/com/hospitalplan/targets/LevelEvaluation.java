package com.hospitalplan.targets;

import static com.hospitalplan.targets.ProgressJudge.noData;
import static com.hospitalplan.targets.ProgressJudge.pace;
import static com.hospitalplan.targets.ProgressPath.expectedByDate;

import java.math.BigDecimal;

/**
 * Judges the targets that name a state rather than a number: a level on a scale ("七级", with a stretch "甚至八级")
 * and an achievement answered yes or no ("建成投入使用").
 */
final class LevelEvaluation {

    private LevelEvaluation() {}

    static Evaluation level(Target target, Situation situation, Explanation goal, Measurement latest) {
        LevelScale scale = situation.scale() != null
                ? situation.scale()
                : situation.scales().guess(target.level());
        if (scale == null) {
            return noData(latest, "target.explain.noScale", goal);
        }
        int reached = scale.rank(latest.level());
        int wanted = scale.rank(target.level());
        if (reached < 0 || wanted < 0) {
            String unknown = reached < 0 ? String.valueOf(latest.level()) : target.level();
            return noData(latest, "target.explain.unknownLevel", goal, unknown, scale.name());
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
        return ProgressJudge.judge(
                achieved, progress, expectedByDate(situation, latest.date()), situation, goal, latest);
    }

    /** Done or not yet: not done is on track in the first half of the plan, at risk in the second, off track after. */
    static Evaluation achievement(Situation situation, Explanation goal, Measurement latest) {
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
}
