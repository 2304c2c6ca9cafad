package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectService;
import com.hospitalplan.user.SignedInUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the stage list: the stages in order, and a new stage added at the end. */
@Controller
class ProjectStageAdminController {

    /** A new stage's name as typed. */
    public static class StageNameForm {

        @Size(max = 64, message = "{form.tooLong}")
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private final ProjectService projects;

    ProjectStageAdminController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/admin/project-stages")
    String listStages(Model model) {
        return show(new StageNameForm(), model);
    }

    @PostMapping("/admin/project-stages")
    String addStage(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") StageNameForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormWrites.wrote(result, () -> projects.addStage(form.getName(), user))) {
            redirect.addFlashAttribute("success", "admin.projectStages.added");
            return "redirect:/admin/project-stages";
        }
        return show(form, model);
    }

    private String show(StageNameForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("stages", projects.stages());
        return "admin/project-stages";
    }
}
