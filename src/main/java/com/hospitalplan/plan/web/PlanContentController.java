package com.hospitalplan.plan.web;

import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.MilestoneView;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStateException;
import com.hospitalplan.plan.RevisionReasonRequiredException;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.user.SignedInUser;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inside of a plan: goals, indicators, milestones and budget lines, each with one form for create and edit. */
@Controller
class PlanContentController {

    private final PlanService plans;
    private final PlanContentService content;
    private final OrganizationService organizations;
    private final LevelScales levelScales;

    PlanContentController(
            PlanService plans, PlanContentService content, OrganizationService organizations, LevelScales levelScales) {
        this.plans = plans;
        this.content = content;
        this.organizations = organizations;
        this.levelScales = levelScales;
    }

    // Goals

    @GetMapping("/plans/{planId}/goals/new")
    String initGoalCreationForm(
            @PathVariable Long planId,
            @RequestParam(required = false) Long parentId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        GoalForm form = new GoalForm();
        form.setParentId(parentId);
        return goalForm(editable(planId, user, locale), form, null, model);
    }

    @PostMapping("/plans/{planId}/goals")
    String processGoalCreationForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return goalForm(editable(planId, user, locale), form, null, model);
        }
        content.addGoal(planId, form.command(), user);
        return saved(planId, redirect, "goals");
    }

    @GetMapping("/plans/{planId}/goals/{goalId}/edit")
    String initGoalUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long goalId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        PlanDetail plan = editable(planId, user, locale);
        GoalNode goal = find(plan.flatGoals(), g -> g.id().equals(goalId), "goal", goalId);
        return goalForm(plan, GoalForm.of(goal), goalId, model);
    }

    @PostMapping("/plans/{planId}/goals/{goalId}")
    String processGoalUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long goalId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") GoalForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return goalForm(editable(planId, user, locale), form, goalId, model);
        }
        content.updateGoal(planId, goalId, form.getVersion(), form.command(), user);
        return saved(planId, redirect, "goals");
    }

    @PostMapping("/plans/{planId}/goals/{goalId}/move")
    String moveGoal(
            @PathVariable Long planId,
            @PathVariable Long goalId,
            @RequestParam(defaultValue = "up") String direction,
            @AuthenticationPrincipal SignedInUser user) {
        content.moveGoal(planId, goalId, !"down".equals(direction), user);
        return "redirect:/plans/" + planId + "#goal-" + goalId;
    }

    @PostMapping("/plans/{planId}/goals/{goalId}/delete")
    String deleteGoal(
            @PathVariable Long planId,
            @PathVariable Long goalId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        content.deleteGoal(planId, goalId, user);
        return deleted(planId, redirect, "goals");
    }

    // Indicators

    @GetMapping("/plans/{planId}/indicators/new")
    String initIndicatorCreationForm(
            @PathVariable Long planId,
            @RequestParam(required = false) Long goalId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        IndicatorForm form = new IndicatorForm();
        form.setGoalId(goalId);
        return indicatorForm(editable(planId, user, locale), form, null, model);
    }

    @PostMapping("/plans/{planId}/indicators")
    String processIndicatorCreationForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkIndicator(form, result);
        if (result.hasErrors()) {
            return indicatorForm(editable(planId, user, locale), form, null, model);
        }
        content.addIndicator(planId, form.command(), user);
        return saved(planId, redirect, "indicators");
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/edit")
    String initIndicatorUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        PlanDetail plan = editable(planId, user, locale);
        IndicatorView indicator = find(plan.indicators(), i -> i.id().equals(indicatorId), "indicator", indicatorId);
        return indicatorForm(plan, IndicatorForm.of(indicator), indicatorId, model);
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}")
    String processIndicatorUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkIndicator(form, result);
        if (result.hasErrors()) {
            return indicatorForm(editable(planId, user, locale), form, indicatorId, model);
        }
        try {
            content.updateIndicator(planId, indicatorId, form.getVersion(), form.command(), user);
        } catch (RevisionReasonRequiredException e) {
            result.rejectValue("revisionReason", "plan.error.revisionReason");
            return indicatorForm(editable(planId, user, locale), form, indicatorId, model);
        }
        return saved(planId, redirect, "indicators");
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/delete")
    String deleteIndicator(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            content.deleteIndicator(planId, indicatorId, user);
        } catch (PlanStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/plans/" + planId + "#indicators";
        }
        return deleted(planId, redirect, "indicators");
    }

    // Milestones

    @GetMapping("/plans/{planId}/milestones/new")
    String initMilestoneCreationForm(
            @PathVariable Long planId,
            @RequestParam(required = false) Long goalId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        MilestoneForm form = new MilestoneForm();
        form.setGoalId(goalId);
        return milestoneForm(editable(planId, user, locale), form, null, model);
    }

    @PostMapping("/plans/{planId}/milestones")
    String processMilestoneCreationForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkMilestone(form, result);
        if (result.hasErrors()) {
            return milestoneForm(editable(planId, user, locale), form, null, model);
        }
        content.addMilestone(planId, form.command(), user);
        return saved(planId, redirect, "milestones");
    }

    @GetMapping("/plans/{planId}/milestones/{milestoneId}/edit")
    String initMilestoneUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long milestoneId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        PlanDetail plan = editable(planId, user, locale);
        MilestoneView milestone = find(plan.milestones(), m -> m.id().equals(milestoneId), "milestone", milestoneId);
        return milestoneForm(plan, MilestoneForm.of(milestone), milestoneId, model);
    }

    @PostMapping("/plans/{planId}/milestones/{milestoneId}")
    String processMilestoneUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long milestoneId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkMilestone(form, result);
        if (result.hasErrors()) {
            return milestoneForm(editable(planId, user, locale), form, milestoneId, model);
        }
        content.updateMilestone(planId, milestoneId, form.getVersion(), form.command(), user);
        return saved(planId, redirect, "milestones");
    }

    @PostMapping("/plans/{planId}/milestones/{milestoneId}/delete")
    String deleteMilestone(
            @PathVariable Long planId,
            @PathVariable Long milestoneId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        content.deleteMilestone(planId, milestoneId, user);
        return deleted(planId, redirect, "milestones");
    }

    // Budget lines

    @GetMapping("/plans/{planId}/budget-lines/new")
    String initBudgetLineCreationForm(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        return budgetLineForm(editable(planId, user, locale), new BudgetLineForm(), null, model);
    }

    @PostMapping("/plans/{planId}/budget-lines")
    String processBudgetLineCreationForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") BudgetLineForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkBudgetLine(form, result);
        if (result.hasErrors()) {
            return budgetLineForm(editable(planId, user, locale), form, null, model);
        }
        content.addBudgetLine(planId, form.command(), user);
        return saved(planId, redirect, "budget");
    }

    @GetMapping("/plans/{planId}/budget-lines/{budgetLineId}/edit")
    String initBudgetLineUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long budgetLineId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        PlanDetail plan = editable(planId, user, locale);
        BudgetLineView line =
                find(plan.budget().lines(), l -> l.id().equals(budgetLineId), "budget line", budgetLineId);
        return budgetLineForm(plan, BudgetLineForm.of(line), budgetLineId, model);
    }

    @PostMapping("/plans/{planId}/budget-lines/{budgetLineId}")
    String processBudgetLineUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long budgetLineId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") BudgetLineForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkBudgetLine(form, result);
        if (result.hasErrors()) {
            return budgetLineForm(editable(planId, user, locale), form, budgetLineId, model);
        }
        content.updateBudgetLine(planId, budgetLineId, form.getVersion(), form.command(), user);
        return saved(planId, redirect, "budget");
    }

    @PostMapping("/plans/{planId}/budget-lines/{budgetLineId}/delete")
    String deleteBudgetLine(
            @PathVariable Long planId,
            @PathVariable Long budgetLineId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        content.deleteBudgetLine(planId, budgetLineId, user);
        return deleted(planId, redirect, "budget");
    }

    // Shared

    private PlanDetail editable(Long planId, SignedInUser user, Locale locale) {
        PlanDetail plan = plans.detail(planId, user, locale);
        if (!plan.editable()) {
            throw new AccessDeniedException("Plan " + planId + " cannot be changed by this user");
        }
        return plan;
    }

    private String goalForm(PlanDetail plan, GoalForm form, Long goalId, Model model) {
        common(plan, form, goalId, model);
        return "plans/goal-form";
    }

    private String indicatorForm(PlanDetail plan, IndicatorForm form, Long indicatorId, Model model) {
        common(plan, form, indicatorId, model);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("measures", com.hospitalplan.targets.Measure.values());
        model.addAttribute("bounds", com.hospitalplan.targets.Bound.values());
        model.addAttribute("valueKinds", ValueKind.values());
        model.addAttribute("aggregations", com.hospitalplan.plan.Aggregation.values());
        model.addAttribute("levelScales", levelScales.catalog().all());
        return "plans/indicator-form";
    }

    private String milestoneForm(PlanDetail plan, MilestoneForm form, Long milestoneId, Model model) {
        common(plan, form, milestoneId, model);
        return "plans/milestone-form";
    }

    private String budgetLineForm(PlanDetail plan, BudgetLineForm form, Long budgetLineId, Model model) {
        common(plan, form, budgetLineId, model);
        return "plans/budget-line-form";
    }

    private void common(PlanDetail plan, Object form, Long itemId, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("itemId", itemId);
        model.addAttribute("organizations", organizations.all());
    }

    private void checkIndicator(IndicatorForm form, BindingResult result) {
        if (!result.hasFieldErrors("baseline") && !form.baselineReadable()) {
            result.rejectValue("baseline", "indicator.form.baselineNumber");
        }
        if (!result.hasFieldErrors("yearlyTargets") && form.yearlyTargetList() == null) {
            result.rejectValue("yearlyTargets", "indicator.form.yearlyFormat");
        }
        if (form.getValueKind() == ValueKind.LEVEL
                && (form.getLevelScale() == null || form.getLevelScale().isBlank())) {
            result.rejectValue("levelScale", "indicator.form.scaleRequired");
        } else if (form.getValueKind() == ValueKind.LEVEL && levelScales.byKey(form.getLevelScale()) == null) {
            // a key no scale has (a form from before a scale was renamed, or a tampered one)
            result.rejectValue("levelScale", "indicator.form.scaleUnknown");
        }
        String structuredProblem = form.structuredTargetProblem();
        if (structuredProblem != null) {
            result.rejectValue("structuredMeasure", structuredProblem);
        }
    }

    private static void checkMilestone(MilestoneForm form, BindingResult result) {
        if (!result.hasFieldErrors("dueDate") && !form.dueDateInDueYear()) {
            result.rejectValue("dueDate", "milestone.form.dateOutsideYear");
        }
        if (!result.hasFieldErrors("subTargets") && !form.subTargetsReadable()) {
            result.rejectValue("subTargets", "milestone.form.subTargetFormat");
        }
    }

    private static void checkBudgetLine(BudgetLineForm form, BindingResult result) {
        String amountProblem = form.amountProblem();
        if (!result.hasFieldErrors("amount") && amountProblem != null) {
            result.rejectValue("amount", amountProblem);
        }
        if (!result.hasFieldErrors("amount") && !form.approximateHasAmount()) {
            result.rejectValue("amount", "budget.form.approximateNeedsAmount");
        }
        if (!result.hasFieldErrors("year") && !form.yearFitsRecurring()) {
            result.rejectValue("year", "budget.form.recurringWithoutYear");
        }
    }

    private static String saved(Long planId, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("success", "plan.itemSaved");
        return "redirect:/plans/" + planId + "#" + anchor;
    }

    private static String deleted(Long planId, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("success", "plan.itemDeleted");
        return "redirect:/plans/" + planId + "#" + anchor;
    }

    private static <T> T find(List<T> items, Predicate<T> match, String what, Long id) {
        return items.stream().filter(match).findFirst().orElseThrow(() -> new ItemNotFoundException(what, id));
    }
}
