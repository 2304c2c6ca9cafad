package com.hospitalplan.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A construction project an indicator names, with the dates of every stage of the stage list, in the list's order:
 * what the judgement needs to judge "2025年投入使用" or "年底前主体封顶" from the project's schedule.
 *
 * @param deadline the latest day the indicator's target wording names ("2022年6月底前" → 2022-06-30), or {@code null}
 *     where it names none (then the target's year counts)
 */
public record LinkedProject(Long id, String name, List<StageFact> stages, LocalDate deadline) {

    public LinkedProject {
        stages = List.copyOf(stages);
    }

    /** The same project as a target with the deadline {@code day} names it. */
    public LinkedProject withDeadline(LocalDate day) {
        return new LinkedProject(id, name, stages, day);
    }

    /**
     * One stage of the project. Dates are kept as written (2025年上半年) with the latest day they can mean; any of
     * them may be {@code null} (not planned, not reached).
     *
     * @param original the first planned date, written
     * @param planned the date planned now, written
     * @param actual the date the stage was reached, written
     */
    public record StageFact(
            String stage,
            int position,
            String original,
            LocalDate originalLatest,
            String planned,
            LocalDate plannedLatest,
            String actual,
            LocalDate actualLatest) {}
}
