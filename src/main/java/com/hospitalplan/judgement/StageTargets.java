package com.hospitalplan.judgement;

import com.hospitalplan.plan.LinkedProject;
import com.hospitalplan.plan.LinkedProject.StageFact;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target about a construction project's stage ("2025年投入使用", "年底前主体封顶"), judged from the project's stage
 * dates instead of reported values, for {@link Judgement}. It applies when the indicator names a project and its
 * target reads as an achievement naming a stage ({@link StageWords}). The deadline is the latest day the wording names
 * ("2022年6月底前" → 2022-06-30, {@link LinkedProject#deadline}); otherwise the last day of the target's year, or of the
 * plan's last year where the wording names none.
 *
 * <ul>
 *   <li>reached on or before the deadline: achieved (达成); reached after it: off track, not met;
 *   <li>not reached and the deadline passed: off track;
 *   <li>planned (latest day of the planned date) after the deadline: off track, "slipped" where the date was moved;
 *   <li>planned in time but that date passed without the stage reached: at risk;
 *   <li>planned in time: on track (also after a move that keeps it in time);
 *   <li>no planned date: no data.
 * </ul>
 *
 * Plain Java.
 */
final class StageTargets {

    private StageTargets() {}

    /** The stage the indicator's target names in its linked project, or empty when it is not such a target. */
    static Optional<StageFact> stageOf(IndicatorItem indicator, Target target) {
        LinkedProject project = indicator.project();
        if (project == null || target == null || target.measure() != Measure.ACHIEVEMENT) {
            return Optional.empty();
        }
        Optional<StageFact> named = StageWords.named(target.reference(), project.stages());
        if (named.isEmpty()) {
            named = StageWords.named(Objects.toString(target.text(), indicator.targetText()), project.stages());
        }
        return named;
    }

    /** The verdict on the stage's dates; {@code null} when the target names no stage of a linked project. */
    static Verdict judge(IndicatorItem indicator, Target target, int endYear, LocalDate asOf) {
        Optional<StageFact> named = stageOf(indicator, target);
        if (named.isEmpty()) {
            return null;
        }
        StageFact stage = named.get();
        int year = target.targetYear() != null ? target.targetYear() : endYear;
        LocalDate written = indicator.project().deadline();
        // the day the wording names, where it falls in the target's year (a second date in the wording does not count)
        LocalDate deadline = written != null && written.getYear() == year ? written : LocalDate.of(year, 12, 31);
        Evaluation evaluation = evaluate(stage, deadline, asOf);
        return Verdict.single(evaluation, target, null);
    }

    static Evaluation evaluate(StageFact stage, LocalDate deadline, LocalDate asOf) {
        Explanation due = deadline.getMonthValue() == 12 && deadline.getDayOfMonth() == 31
                ? new Explanation("judgement.deadline.yearEnd", List.of(String.valueOf(deadline.getYear())))
                : new Explanation(
                        "judgement.deadline.day",
                        List.of(
                                String.valueOf(deadline.getYear()),
                                String.valueOf(deadline.getMonthValue()),
                                String.valueOf(deadline.getDayOfMonth()),
                                deadline.toString()));
        if (stage.actualLatest() != null) {
            boolean inTime = !stage.actualLatest().isAfter(deadline);
            return evaluation(
                    inTime ? Status.ACHIEVED : Status.OFF_TRACK,
                    inTime,
                    inTime ? "reached" : "reachedLate",
                    stage,
                    stage.actual(),
                    due);
        }
        if (asOf.isAfter(deadline)) {
            return evaluation(Status.OFF_TRACK, false, "missed", stage, stage.planned(), due);
        }
        if (stage.plannedLatest() == null) {
            return evaluation(Status.NO_DATA, false, "noDate", stage, null, due);
        }
        boolean slipped =
                stage.originalLatest() != null && stage.plannedLatest().isAfter(stage.originalLatest());
        if (stage.plannedLatest().isAfter(deadline)) {
            return evaluation(
                    Status.OFF_TRACK, false, slipped ? "slipped" : "plannedLate", stage, stage.planned(), due);
        }
        if (stage.plannedLatest().isBefore(asOf)) {
            return evaluation(Status.AT_RISK, false, "overdue", stage, stage.planned(), due);
        }
        return evaluation(Status.ON_TRACK, false, slipped ? "slippedInTime" : "onTrack", stage, stage.planned(), due);
    }

    /** The sentence "投入使用 planned 2025年底, was 2025年上半年…": stage, date, deadline, first planned date. */
    private static Evaluation evaluation(
            Status status, boolean achieved, String kind, StageFact stage, String date, Explanation due) {
        List<Object> args = new ArrayList<>();
        args.add(stage.stage());
        args.add(Objects.toString(date, ""));
        args.add(due);
        args.add(Objects.toString(stage.original(), ""));
        return new Evaluation(
                status, achieved, null, null, null, new Explanation("judgement.explain.stage." + kind, args));
    }
}
