package com.hospitalplan.project.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.project.BedAreaStandards;
import com.hospitalplan.project.LinkedTargets;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectKind;
import com.hospitalplan.project.ProjectProgressLedger;
import com.hospitalplan.project.ProjectProgressView;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.user.SignedInUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's page, and creating and describing a project of a plan. */
@Controller
class ProjectController {

    private final ProjectService projects;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final ProjectProgressLedger progressLedger;
    private final LinkedTargets linkedTargets;
    private final BedAreaStandards standards;

    ProjectController(
            ProjectService projects,
            PlanService plans,
            OrganizationService organizations,
            ProjectProgressLedger progressLedger,
            LinkedTargets linkedTargets,
            BedAreaStandards standards) {
        this.projects = projects;
        this.plans = plans;
        this.organizations = organizations;
        this.progressLedger = progressLedger;
        this.linkedTargets = linkedTargets;
        this.standards = standards;
    }

    @ModelAttribute("kinds")
    List<ProjectKind> kinds() {
        return List.of(ProjectKind.values());
    }

    @GetMapping("/projects/{projectId}")
    String showProject(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ProjectDetail project = projects.detail(projectId, user);
        model.addAttribute("project", project);
        model.addAttribute("plan", plans.detail(project.planId(), user, locale));
        List<ProjectProgressView.PeriodRow> progress = progressLedger.of(projectId, user);
        model.addAttribute("progress", progress);
        // as the dashboards: the stage of the latest approved period moves the current stage on
        model.addAttribute(
                "currentStage",
                project.currentStageWith(progress.stream()
                        .filter(row -> !row.pending())
                        .reduce((first, second) -> second)
                        .map(ProjectProgressView.PeriodRow::stageName)
                        .orElse(null)));
        model.addAttribute("charts", true);
        model.addAttribute("targets", linkedTargets.ofProject(project.planId(), projectId, locale));
        model.addAttribute("bedArea", standards.check(project));
        return "projects/show";
    }

    @GetMapping("/plans/{planId}/projects/new")
    String initCreationForm(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        PlanDetail plan = changeablePlan(planId, user, locale);
        return showForm(ProjectForm.empty(), plan, null, model);
    }

    @PostMapping("/plans/{planId}/projects")
    String processCreationForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PlanDetail plan = changeablePlan(planId, user, locale);
        checkPhases(form, result);
        Long projectId = FormWrites.written(result, () -> projects.create(planId, form.command(), user));
        if (projectId != null) {
            redirect.addFlashAttribute("success", "project.created");
            return "redirect:/projects/" + projectId;
        }
        return showForm(form, plan, null, model);
    }

    @GetMapping("/projects/{projectId}/edit")
    String initUpdateForm(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        return showForm(ProjectForm.of(project), plans.detail(project.planId(), user, locale), project, model);
    }

    @PostMapping("/projects/{projectId}")
    String processUpdateForm(
            @PathVariable Long projectId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        checkPhases(form, result);
        if (FormWrites.wrote(result, () -> projects.update(projectId, form.getVersion(), form.command(), user))) {
            redirect.addFlashAttribute("success", "project.saved");
            return "redirect:/projects/" + projectId;
        }
        return showForm(form, plans.detail(project.planId(), user, locale), project, model);
    }

    private PlanDetail changeablePlan(Long planId, SignedInUser user, Locale locale) {
        PlanDetail plan = plans.detail(planId, user, locale);
        if (!projects.mayChange(planId, user)) {
            throw new AccessDeniedException("Only the plan's planners add projects");
        }
        return plan;
    }

    private static void checkPhases(ProjectForm form, BindingResult result) {
        int unnamed = form.unnamedPhase();
        if (unnamed >= 0) {
            result.rejectValue("phases[" + unnamed + "].name", "project.form.phaseNameRequired");
        }
    }

    private String showForm(ProjectForm form, PlanDetail plan, ProjectDetail project, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("project", project);
        model.addAttribute("organizations", organizations.all());
        return "projects/form";
    }
}
