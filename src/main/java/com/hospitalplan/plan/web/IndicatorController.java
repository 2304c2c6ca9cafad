package com.hospitalplan.plan.web;

import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.IndicatorView;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanProjects;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStateException;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.user.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** A plan's indicators, through the item flow of {@link PlanItemController}; a published plan keeps them. */
@Controller
@RequestMapping("/plans/{planId}/indicators")
class IndicatorController extends PlanItemController<IndicatorForm> {

    private final PlanContentService content;
    private final LevelScales levelScales;
    private final ObjectProvider<PlanProjects> projects;

    IndicatorController(
            PlanService plans,
            PlanContentService content,
            OrganizationService organizations,
            LevelScales levelScales,
            ObjectProvider<PlanProjects> projects) {
        super(plans, organizations, "plans/indicator-form", "indicators");
        this.content = content;
        this.levelScales = levelScales;
        this.projects = projects;
    }

    @Override
    IndicatorForm formOf(PlanDetail plan, Long indicatorId) {
        return IndicatorForm.of(find(plan.indicators(), IndicatorView::id, indicatorId, "indicator"));
    }

    @Override
    void addChoices(PlanDetail plan, Model model) {
        PlanProjects known = projects.getIfAvailable();
        model.addAttribute("projects", known == null ? java.util.List.of() : known.choices(plan.id()));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("measures", Measure.values());
        model.addAttribute("bounds", Bound.values());
        model.addAttribute("valueKinds", ValueKind.values());
        model.addAttribute("aggregations", Aggregation.values());
        model.addAttribute("levelScales", levelScales.catalog().all());
    }

    @Override
    void check(IndicatorForm form, BindingResult result) {
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

    @Override
    void add(Long planId, IndicatorForm form, SignedInUser user) {
        content.addIndicator(planId, form.command(), user);
    }

    @Override
    void change(Long planId, Long indicatorId, IndicatorForm form, SignedInUser user) {
        content.updateIndicator(planId, indicatorId, form.getVersion(), form.command(), user);
    }

    @Override
    String remove(Long planId, Long indicatorId, SignedInUser user) {
        try {
            content.deleteIndicator(planId, indicatorId, user);
            return null;
        } catch (PlanStateException e) {
            return e.messageKey();
        }
    }
}
