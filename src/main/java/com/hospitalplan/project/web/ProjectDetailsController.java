package com.hospitalplan.project.web;

import com.hospitalplan.project.FundingSource;
import com.hospitalplan.project.Measure;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.user.SignedInUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's specifications, investment lines and stage dates: each its own form, for the plan's planners. */
@Controller
class ProjectDetailsController {

    private final ProjectService projects;

    ProjectDetailsController(ProjectService projects) {
        this.projects = projects;
    }

    @ModelAttribute("measures")
    List<Measure> measures() {
        return List.of(Measure.values());
    }

    @ModelAttribute("sources")
    List<FundingSource> sources() {
        return List.of(FundingSource.values());
    }

    @GetMapping("/projects/{projectId}/specifications")
    String initSpecificationsForm(
            @PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        return show("projects/specifications", SpecificationsForm.of(project), project, model);
    }

    @PostMapping("/projects/{projectId}/specifications")
    String processSpecificationsForm(
            @PathVariable Long projectId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") SpecificationsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        String[] problem = result.hasErrors() ? null : form.problem();
        if (problem != null) {
            result.rejectValue(problem[0], problem[1]);
        }
        if (!result.hasErrors()) {
            try {
                projects.specify(projectId, form.getVersion(), form.figures(), user);
                redirect.addFlashAttribute("success", "project.saved");
                return "redirect:/projects/" + projectId;
            } catch (IllegalArgumentException refused) {
                result.reject("project.form.figuresRefused");
            }
        }
        return show("projects/specifications", form, project, model);
    }

    @GetMapping("/projects/{projectId}/funding")
    String initFundingForm(@PathVariable Long projectId, @AuthenticationPrincipal SignedInUser user, Model model) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        return show("projects/funding", FundingForm.of(project), project, model);
    }

    @PostMapping("/projects/{projectId}/funding")
    String processFundingForm(
            @PathVariable Long projectId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") FundingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        int withoutSource = form.rowWithoutSource();
        if (withoutSource >= 0) {
            result.rejectValue("rows[" + withoutSource + "].source", "project.form.sourceRequired");
        }
        if (!result.hasErrors()) {
            projects.fund(projectId, form.getVersion(), form.lines(), user);
            redirect.addFlashAttribute("success", "project.saved");
            return "redirect:/projects/" + projectId;
        }
        return show("projects/funding", form, project, model);
    }

    @GetMapping("/projects/{projectId}/stages/{stageId}")
    String initStageForm(
            @PathVariable Long projectId,
            @PathVariable Long stageId,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        return showStage(new StageForm(), project, stageId, model);
    }

    @PostMapping("/projects/{projectId}/stages/{stageId}/planned")
    String processPlannedDate(
            @PathVariable Long projectId,
            @PathVariable Long stageId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") StageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return stageStep(
                projectId,
                stageId,
                user,
                form,
                result,
                model,
                redirect,
                () -> projects.planStage(projectId, stageId, form.getPlannedText(), form.getReason(), user));
    }

    @PostMapping("/projects/{projectId}/stages/{stageId}/actual")
    String processActualDate(
            @PathVariable Long projectId,
            @PathVariable Long stageId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") StageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return stageStep(
                projectId,
                stageId,
                user,
                form,
                result,
                model,
                redirect,
                () -> projects.reachStage(projectId, stageId, form.getActualText(), user));
    }

    @SuppressWarnings("java:S107") // the handler's own arguments, passed on
    private String stageStep(
            Long projectId,
            Long stageId,
            SignedInUser user,
            StageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Runnable step) {
        ProjectDetail project = projects.editableDetail(projectId, user);
        if (FormWrites.wrote(result, step)) {
            redirect.addFlashAttribute("success", "project.stage.saved");
            return "redirect:/projects/" + projectId + "#stages";
        }
        return showStage(form, project, stageId, model);
    }

    private static String showStage(StageForm form, ProjectDetail project, Long stageId, Model model) {
        ProjectDetail.Stage stage = project.stages().stream()
                .filter(s -> s.stageId().equals(stageId))
                .findFirst()
                .orElseThrow(() -> new StageNotFound(stageId));
        model.addAttribute("stage", stage);
        return show("projects/stage", form, project, model);
    }

    private static String show(String template, Object form, ProjectDetail project, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        return template;
    }

    /** A stage id that is not on the list: 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class StageNotFound extends RuntimeException {
        StageNotFound(Long stageId) {
            super("No stage " + stageId);
        }
    }
}
