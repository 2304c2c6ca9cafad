package com.hospitalplan.plan;

import java.util.List;
import java.util.Map;

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

    /** A project to link an indicator to. */
    record ProjectChoice(Long id, String name) {}
}
