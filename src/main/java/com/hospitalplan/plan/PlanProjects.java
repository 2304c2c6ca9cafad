package com.hospitalplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The construction projects of a plan, as the plan needs them: which an indicator may name, and each one's stage
 * dates for judging a target such as "2025年投入使用". The project feature provides it (the plan module knows nothing
 * of projects).
 */
public interface PlanProjects {

    /** The projects of the plan, in their order, to choose from on the indicator form. */
    List<ProjectChoice> choices(Long planId);

    /** Each project of the plan by id, with the dates of every stage of the stage list. */
    Map<Long, LinkedProject> schedules(Long planId);

    /**
     * The latest day a date written in a target can mean ("2022年6月底前建成投用" → 2022-06-30, "年底前主体封顶" → the
     * end of {@code contextYear}), read as project dates are read; empty when the wording names none.
     */
    Optional<LocalDate> latestDay(String wording, int contextYear);

    /** A project to link an indicator to. */
    record ProjectChoice(Long id, String name) {}
}
