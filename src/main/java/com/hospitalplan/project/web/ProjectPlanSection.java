package com.hospitalplan.project.web;

import com.hospitalplan.plan.PlanPageSection;
import com.hospitalplan.project.LinkedTargets;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.project.ProjectSummary;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The 建设项目 section of a plan's page: its projects with stage, next planned date and slip, and the plan's targets
 * about them with their verdict.
 */
@Component
class ProjectPlanSection implements PlanPageSection {

    /** What the section shows. */
    record Content(
            Long planId, List<ProjectSummary> projects, boolean mayChange, List<LinkedTargets.LinkedTarget> targets) {}

    private final ProjectService projects;
    private final LinkedTargets linkedTargets;

    ProjectPlanSection(ProjectService projects, LinkedTargets linkedTargets) {
        this.projects = projects;
        this.linkedTargets = linkedTargets;
    }

    @Override
    public String template() {
        return "projects/section";
    }

    @Override
    public Object content(Long planId, SignedInUser user) {
        return new Content(
                planId,
                projects.projectsOf(planId, user),
                projects.mayChange(planId, user),
                linkedTargets.ofPlan(planId, LocaleContextHolder.getLocale()));
    }
}
