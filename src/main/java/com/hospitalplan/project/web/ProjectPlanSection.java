package com.hospitalplan.project.web;

import com.hospitalplan.plan.PlanPageSection;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.project.ProjectSummary;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 建设项目 section of a plan's page: its projects with stage, next planned date and slip. */
@Component
class ProjectPlanSection implements PlanPageSection {

    /** What the section shows. */
    record Content(Long planId, List<ProjectSummary> projects, boolean mayChange) {}

    private final ProjectService projects;

    ProjectPlanSection(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String template() {
        return "projects/section";
    }

    @Override
    public Object content(Long planId, SignedInUser user) {
        return new Content(planId, projects.projectsOf(planId, user), projects.mayChange(planId, user));
    }
}
