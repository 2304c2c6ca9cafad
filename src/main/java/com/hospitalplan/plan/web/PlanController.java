package com.hospitalplan.plan.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanPageSection;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStateException;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Plans: the list, a plan's page, creating and describing a plan, publishing and closing it. */
@Controller
class PlanController {

    private final PlanService plans;
    private final OrganizationService organizations;
    private final ObjectProvider<PlanPageSection> sections;

    PlanController(PlanService plans, OrganizationService organizations, ObjectProvider<PlanPageSection> sections) {
        this.plans = plans;
        this.organizations = organizations;
        this.sections = sections;
    }

    @GetMapping("/plans")
    String listPlans(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("plans", plans.visiblePlans(user));
        model.addAttribute("mayCreate", plans.mayCreatePlans(user));
        return "plans/list";
    }

    @GetMapping("/plans/{planId}")
    String showPlan(@PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        model.addAttribute("plan", plans.detail(planId, user, locale));
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .map(section -> new PlanPageSection.Shown(section.template(), section.content(planId, user)))
                        .toList());
        return "plans/show";
    }

    @GetMapping("/plans/new")
    String initCreationForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!plans.mayCreatePlans(user)) {
            throw new AccessDeniedException("Only planners create plans");
        }
        PlanForm form = new PlanForm();
        form.setOwnerOrganizationId(user.organizationId());
        return showForm(form, null, user, model);
    }

    @PostMapping("/plans")
    String processCreationForm(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!plans.mayCreatePlans(user)) {
            throw new AccessDeniedException("Only planners create plans");
        }
        checkYears(form, result);
        if (result.hasErrors()) {
            return showForm(form, null, user, model);
        }
        Long planId = plans.create(form.command(), user);
        redirect.addFlashAttribute("success", "plan.created");
        return "redirect:/plans/" + planId;
    }

    @GetMapping("/plans/{planId}/edit")
    String initUpdateForm(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        PlanDetail plan = plans.editableDetail(planId, user, locale);
        return showForm(PlanForm.of(plan), plan, user, model);
    }

    @PostMapping("/plans/{planId}")
    String processUpdateForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkYears(form, result);
        if (result.hasErrors()) {
            return showForm(form, plans.editableDetail(planId, user, locale), user, model);
        }
        try {
            plans.update(planId, form.getVersion(), form.command(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            // keep what was typed, at the plan's current version: saving again replaces the other's change knowingly.
            // The service let this planner change the plan, so a plan no longer editable was ended meanwhile.
            PlanDetail plan = plans.detail(planId, user, locale);
            form.setVersion(plan.version());
            return refusedAsTyped(
                    plan.editable() ? "form.error.stale" : "plan.error.closed",
                    form,
                    plan,
                    result,
                    user,
                    model,
                    response);
        } catch (PlanStateException e) {
            // ended meanwhile: the form as typed with why (only the state refused; this planner may change the plan)
            return refusedAsTyped(
                    e.messageKey(), form, plans.detail(planId, user, locale), result, user, model, response);
        }
        redirect.addFlashAttribute("success", "plan.saved");
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/plans/{planId}/publish")
    String publishPlan(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return step(planId, redirect, "plan.published", () -> plans.publish(planId, user));
    }

    @PostMapping("/plans/{planId}/comments")
    String openPlanForComments(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return step(planId, redirect, "plan.openedForComments", () -> plans.openForComments(planId, user));
    }

    @PostMapping("/plans/{planId}/close")
    String closePlan(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return step(planId, redirect, "plan.closed", () -> plans.close(planId, user));
    }

    private String step(Long planId, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (PlanStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/plans/" + planId;
    }

    private String refusedAsTyped(
            String messageKey,
            PlanForm form,
            PlanDetail plan,
            BindingResult result,
            SignedInUser user,
            Model model,
            HttpServletResponse response) {
        result.reject(messageKey);
        response.setStatus(HttpStatus.CONFLICT.value());
        return showForm(form, plan, user, model);
    }

    private String showForm(PlanForm form, PlanDetail plan, SignedInUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("regions", regions());
        model.addAttribute("mayChooseOwner", user.role() == Role.ADMIN);
        return "plans/form";
    }

    private List<RegionView> regions() {
        return organizations.regions();
    }

    private static void checkYears(PlanForm form, BindingResult result) {
        if (!result.hasFieldErrors("endYear") && !form.yearsInOrder()) {
            result.rejectValue("endYear", "plan.form.endBeforeStart");
        }
    }
}
