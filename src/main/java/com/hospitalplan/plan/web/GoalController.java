package com.hospitalplan.plan.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's goals: the item flow of {@link PlanItemController}, and moving a goal among its siblings. */
@Controller
@RequestMapping("/plans/{planId}/goals")
class GoalController extends PlanItemController<GoalForm> {

    private final PlanContentService content;

    GoalController(PlanService plans, PlanContentService content, OrganizationService organizations) {
        super(plans, organizations, "plans/goal-form", "goals");
        this.content = content;
    }

    @Override
    GoalForm formOf(PlanDetail plan, Long goalId) {
        return GoalForm.of(find(plan.flatGoals(), GoalNode::id, goalId, "goal"));
    }

    @Override
    void add(Long planId, GoalForm form, SignedInUser user) {
        content.addGoal(planId, form.command(), user);
    }

    @Override
    void change(Long planId, Long goalId, GoalForm form, SignedInUser user) {
        content.updateGoal(planId, goalId, form.getVersion(), form.command(), user);
    }

    @Override
    String remove(Long planId, Long goalId, SignedInUser user) {
        content.deleteGoal(planId, goalId, user);
        return null;
    }

    @PostMapping("/{goalId}/move")
    String moveGoal(
            @PathVariable Long planId,
            @PathVariable Long goalId,
            @RequestParam(defaultValue = "up") String direction,
            @AuthenticationPrincipal SignedInUser user) {
        content.moveGoal(planId, goalId, !"down".equals(direction), user);
        return "redirect:/plans/" + planId + "#goal-" + goalId;
    }
}
