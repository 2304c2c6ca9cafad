package com.hospitalplan.plan.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.MilestoneView;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** A plan's milestones, through the item flow of {@link PlanItemController}. */
@Controller
@RequestMapping("/plans/{planId}/milestones")
class MilestoneController extends PlanItemController<MilestoneForm> {

    private final PlanContentService content;

    MilestoneController(PlanService plans, PlanContentService content, OrganizationService organizations) {
        super(plans, organizations, "plans/milestone-form", "milestones");
        this.content = content;
    }

    @Override
    MilestoneForm formOf(PlanDetail plan, Long milestoneId) {
        return MilestoneForm.of(find(plan.milestones(), MilestoneView::id, milestoneId, "milestone"));
    }

    @Override
    void check(MilestoneForm form, BindingResult result) {
        if (!result.hasFieldErrors("dueDate") && !form.dueDateInDueYear()) {
            result.rejectValue("dueDate", "milestone.form.dateOutsideYear");
        }
        if (!result.hasFieldErrors("subTargets") && !form.subTargetsReadable()) {
            result.rejectValue("subTargets", "milestone.form.subTargetFormat");
        }
    }

    @Override
    void add(Long planId, MilestoneForm form, SignedInUser user) {
        content.addMilestone(planId, form.command(), user);
    }

    @Override
    void change(Long planId, Long milestoneId, MilestoneForm form, SignedInUser user) {
        content.updateMilestone(planId, milestoneId, form.getVersion(), form.command(), user);
    }

    @Override
    String remove(Long planId, Long milestoneId, SignedInUser user) {
        content.deleteMilestone(planId, milestoneId, user);
        return null;
    }
}
