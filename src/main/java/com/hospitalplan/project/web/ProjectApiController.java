package com.hospitalplan.project.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.hospitalplan.project.BedAreaStandards;
import com.hospitalplan.project.LinkedTargets;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectProgressLedger;
import com.hospitalplan.project.ProjectProgressView;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.project.ProjectSummary;
import com.hospitalplan.user.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The construction projects API, with the same permissions and rules as the pages: readers of a plan read its
 * projects (a project the caller may not read is 404); its planners and administrators change them (a reader gets
 * 403). Bodies are the pages' own forms, checked by the same rules once the caller may make the change (so that a
 * caller who may not learns nothing from the checks); bad input is a 400 naming each field.
 */
@RestController
@Tag(name = "projects", description = "Construction projects of plans: specifications, stages, investment, progress")
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
    private final ProjectProgressLedger progress;
    private final Validator validator;

    ProjectApiController(
            ProjectService projects,
            LinkedTargets linkedTargets,
            BedAreaStandards standards,
            ProjectProgressLedger progress,
            Validator validator) {
        this.projects = projects;
        this.linkedTargets = linkedTargets;
        this.standards = standards;
        this.progress = progress;
        this.validator = validator;
    }

    /**
     * Every change to a project takes the same steps: the caller's right to change it first (so that a caller who may
     * not learns nothing from the checks), then the form's Bean Validation constraints, then {@code write} (with its
     * own checks, and the version check in the service); the answer is the project as it now is.
     */
    private ProjectDetail change(Long projectId, Object form, SignedInUser user, Runnable write) {
        projects.editableDetail(projectId, user);
        valid(form);
        write.run();
        return projects.detail(projectId, user);
    }

    /** The form's Bean Validation constraints, checked after the caller's right to change the project. */
    private void valid(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void phasesNamed(ProjectForm form) {
        ProjectApiRefused.check("phases", form.unnamedPhase(), "name", "project.form.phaseNameRequired");
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
                    + " BELOW, NO_FIGURES or NO_STANDARD) and the plan's indicators that state that rule; version is what a"
                    + " change must send back.")
    ProjectReading showProject(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        ProjectDetail project = projects.detail(projectId, user);
        return new ProjectReading(
                project, linkedTargets.ofProject(project.planId(), projectId, locale), standards.check(project));
    }

    @GetMapping("/api/v1/projects/{projectId}/progress")
    @Operation(
            operationId = "getProjectProgress",
            summary = "A construction project's reported progress, period by period",
            description = "The periods whose reports are approved or submitted (pending true: waiting for review;"
                    + " drafts and returned reports are left out), oldest first: investment completed and funds"
                    + " arrived in the period (万元), 形象进度 as stated (worksOverFull: above 100 %, flagged, not"
                    + " refused), stage, problems; the cumulative figures (approved periods, plus a pending one's own)"
                    + " and the investment completion and funds arrival rates (cumulative ÷ planned total, always"
                    + " derived; overHundred flagged; atMost where some planned line states no amount).")
    List<ProjectProgressView.ReportedPeriod> showProgress(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user) {
        return progress.periods(projectId, user);
    }

    @GetMapping("/api/v1/reports/{reportId}/project-progress")
    @Operation(
            operationId = "getReportProjectProgress",
            summary = "The construction project progress section (建设项目进度) of a report",
            description = "For whoever may read the report: every project of the report's plan whose institution is"
                    + " the reporting unit, with what the report holds for it (null: not reported), the approved"
                    + " periods before summed, and with this period the cumulative figures and derived rates. An"
                    + " empty list: the unit reports on no project. The figures are written with the report"
                    + " (PUT /api/v1/reports/{id} leaves them as they are; the report page and the project progress"
                    + " workbook write them).")
    List<ProjectProgressView.ReportRow> showReportProgress(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return progress.ofReport(reportId, user, locale);
    }

    @PostMapping("/api/v1/plans/{planId}/projects")
    @Operation(
            operationId = "createProject",
            summary = "Adds a construction project to a plan",
            description = "For the plan's planners and administrators. name is required; kind null: the document"
                    + " does not say; institutionId an organisation, goalId a goal of the same plan (either may be"
                    + " null); phases in order, each with a name. The version field of the body is not used."
                    + " Answers the new project and its address (Location).")
    ResponseEntity<ProjectDetail> createProject(
            @PathVariable Long planId, @RequestBody ProjectForm form, @AuthenticationPrincipal SignedInUser user) {
        projects.requireMayChange(planId, user);
        valid(form);
        phasesNamed(form);
        Long projectId = projects.create(planId, form.command(), user);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId))
                .body(projects.detail(projectId, user));
    }

    @PutMapping("/api/v1/projects/{projectId}")
    @Operation(
            operationId = "updateProject",
            summary = "Changes a project's name, kind, institution, goal, location, description and phases",
            description = "For the plan's planners and administrators, at the project's version (another is 409);"
                    + " the body is as for createProject and replaces what the project holds.")
    ProjectDetail updateProject(
            @PathVariable Long projectId,
            @RequestParam long version,
            @RequestBody ProjectForm form,
            @AuthenticationPrincipal SignedInUser user) {
        return change(projectId, form, user, () -> {
            phasesNamed(form);
            projects.update(projectId, version, form.command(), user);
        });
    }

    @PutMapping("/api/v1/projects/{projectId}/specifications")
    @Operation(
            operationId = "specifyProject",
            summary = "Replaces a project's specifications (planned and actual figures)",
            description = "For the plan's planners and administrators, at the project's version. rows: measure,"
                    + " phase (position, 1 = the first; null: the whole project), unit (one its measure allows:"
                    + " GROSS_FLOOR_AREA ㎡ or 万㎡, BEDS 张, FLOORS_ABOVE/FLOORS_BELOW 层, PARKING 个, AREA_PER_BED ㎡/床),"
                    + " planned and actual (≥ 0, two decimals; either may be null); a row with neither is dropped;"
                    + " one row per measure and phase.")
    ProjectDetail specifyProject(
            @PathVariable Long projectId,
            @RequestParam long version,
            @RequestBody SpecificationsForm form,
            @AuthenticationPrincipal SignedInUser user) {
        return change(projectId, form, user, () -> {
            String[] problem = form.problem();
            if (problem != null) {
                throw new ProjectApiRefused(problem[0], problem[1]);
            }
            projects.specify(projectId, version, form.figures(), user);
        });
    }

    @PutMapping("/api/v1/projects/{projectId}/funding")
    @Operation(
            operationId = "fundProject",
            summary = "Replaces a project's investment lines",
            description = "For the plan's planners and administrators, at the project's version. rows: source"
                    + " (CENTRAL_BUDGET, PROVINCIAL, LOCAL_FISCAL, SPECIAL_BONDS, SELF_RAISED, SOCIAL_CAPITAL), year"
                    + " (null: the whole project), amount in 万元 (null: not stated, never counted as 0), note.")
    ProjectDetail fundProject(
            @PathVariable Long projectId,
            @RequestParam long version,
            @RequestBody FundingForm form,
            @AuthenticationPrincipal SignedInUser user) {
        return change(projectId, form, user, () -> {
            ProjectApiRefused.check("rows", form.rowWithoutSource(), "source", "project.form.sourceRequired");
            projects.fund(projectId, version, form.lines(), user);
        });
    }

    @PutMapping("/api/v1/projects/{projectId}/stages/{stageId}/planned")
    @Operation(
            operationId = "planProjectStage",
            summary = "Sets the planned date of a stage; moving it takes a reason",
            description = "For the plan's planners and administrators. plannedText as the documents write it"
                    + " (2025年上半年, 2022年6月底前, 2025-06-30; without a year the year planned so far). The first"
                    + " planned date is kept as the original; a later change needs reason and is kept in the"
                    + " stage's history. A stage id not on the stage list is 404.")
    ProjectDetail planStage(
            @PathVariable Long projectId,
            @PathVariable Long stageId,
            @RequestBody StageForm form,
            @AuthenticationPrincipal SignedInUser user) {
        return change(
                projectId,
                form,
                user,
                () -> projects.planStage(projectId, stageId, form.getPlannedText(), form.getReason(), user));
    }

    @PutMapping("/api/v1/projects/{projectId}/stages/{stageId}/actual")
    @Operation(
            operationId = "reachProjectStage",
            summary = "Records the date a stage was reached (blank actualText clears it)",
            description = "For the plan's planners and administrators. actualText as the documents write it; blank"
                    + " or null clears the date.")
    ProjectDetail reachStage(
            @PathVariable Long projectId,
            @PathVariable Long stageId,
            @RequestBody StageForm form,
            @AuthenticationPrincipal SignedInUser user) {
        return change(projectId, form, user, () -> projects.reachStage(projectId, stageId, form.getActualText(), user));
    }
}
