package com.hospitalplan.plan.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** A plan's budget lines, through the item flow of {@link PlanItemController}. */
@Controller
@RequestMapping("/plans/{planId}/budget-lines")
class BudgetLineController extends PlanItemController<BudgetLineForm> {

    private final PlanContentService content;

    BudgetLineController(PlanService plans, PlanContentService content, OrganizationService organizations) {
        super(plans, organizations, "plans/budget-line-form", "budget");
        this.content = content;
    }

    @Override
    BudgetLineForm formOf(PlanDetail plan, Long lineId) {
        return BudgetLineForm.of(find(plan.budget().lines(), BudgetLineView::id, lineId, "budget line"));
    }

    @Override
    void check(BudgetLineForm form, BindingResult result) {
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

    @Override
    void add(Long planId, BudgetLineForm form, SignedInUser user) {
        content.addBudgetLine(planId, form.command(), user);
    }

    @Override
    void change(Long planId, Long lineId, BudgetLineForm form, SignedInUser user) {
        content.updateBudgetLine(planId, lineId, form.getVersion(), form.command(), user);
    }

    @Override
    String remove(Long planId, Long lineId, SignedInUser user) {
        content.deleteBudgetLine(planId, lineId, user);
        return null;
    }
}
