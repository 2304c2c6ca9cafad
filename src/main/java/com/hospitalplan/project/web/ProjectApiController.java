package com.hospitalplan.project.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.hospitalplan.project.BedAreaStandards;
import com.hospitalplan.project.LinkedTargets;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.project.ProjectSummary;
import com.hospitalplan.user.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read API for construction projects, with the plan's read permission (a project the caller may not read is 404). */
@RestController
@Tag(name = "projects", description = "Construction projects of plans: specifications, stages, investment")
class ProjectApiController {

    /**
     * A project as the API shows it: the project, the plan's targets about it with their verdict, and its area per bed
     * against the bed-area standard.
     */
    record ProjectReading(
            @JsonUnwrapped ProjectDetail project,
            List<LinkedTargets.LinkedTarget> targets,
            BedAreaStandards.Checks bedAreaStandard) {}

    private final ProjectService projects;
    private final LinkedTargets linkedTargets;
    private final BedAreaStandards standards;

    ProjectApiController(ProjectService projects, LinkedTargets linkedTargets, BedAreaStandards standards) {
        this.projects = projects;
        this.linkedTargets = linkedTargets;
        this.standards = standards;
    }

    @GetMapping("/api/v1/plans/{planId}/projects")
    @Operation(
            operationId = "listPlanProjects",
            summary = "The construction projects of a plan",
            description = "Every construction project (建设项目) of a plan the caller may read, with its kind, institution,"
                    + " the stage it is in (the last one reached), the next planned stage and its date as written"
                    + " (text) with the latest day it can mean (latest), whether a stage date slipped (planned later"
                    + " than first planned), whether it is behind schedule (a planned date passed without the stage"
                    + " reached) and its total investment in 万元 (investmentComplete false: some line states no"
                    + " amount, so the total is a lower bound; null: no line states one).")
    List<ProjectSummary> listProjects(@PathVariable Long planId, @AuthenticationPrincipal SignedInUser user) {
        return projects.projectsOf(planId, user);
    }

    @GetMapping("/api/v1/projects/{projectId}")
    @Operation(
            operationId = "getProject",
            summary = "A construction project with specifications, stages and investment",
            description = "Phases; specifications (measure, phase position or null for the whole project, unit,"
                    + " planned, actual); the floor area per bed planned and actual (derived true: computed from"
                    + " floor area and beds, not stated); every stage of the stage list with its original, planned"
                    + " and actual dates (text as written and latest day), how often and how many days it slipped,"
                    + " whether it is overdue, and the history of planned-date changes with reasons; the funding"
                    + " lines (amount null: not stated) and the investment table by source and year with totals;"
                    + " targets: the plan's indicators that name the project, each with the status and explanation of"
                    + " the one judgement (a stage target such as 2025年投入使用 is judged from the stage dates);"
                    + " bedAreaStandard: the planned and actual floor area per bed against the band of the bed-area"
                    + " standard (建标110-2021, as administrators entered it) for the project's beds (outcome MEETS,"
                    + " BELOW, NO_FIGURES or NO_STANDARD) and the plan's indicators that state that rule.")
    ProjectReading showProject(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        ProjectDetail project = projects.detail(projectId, user);
        return new ProjectReading(
                project, linkedTargets.ofProject(project.planId(), projectId, locale), standards.check(project));
    }
}
