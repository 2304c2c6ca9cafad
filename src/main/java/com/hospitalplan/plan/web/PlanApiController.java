package com.hospitalplan.plan.web;

import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.user.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read API for plans, with the same permissions as the pages (a plan the caller may not read is 404). */
@RestController
@Tag(name = "plans", description = "Plans with their goal tree, indicators, milestones and budget")
class PlanApiController {

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans")
    @Operation(
            operationId = "listPlans",
            summary = "The plans the caller may read",
            description = "Every plan the caller may read, as on the plan list page (a planner's own organisation's"
                    + " plans, and the plans that cover the caller's organisation or region), newest first, with"
                    + " issuer, owner, state, years and the number of goals and indicators.")
    List<PlanSummary> listPlans(@AuthenticationPrincipal SignedInUser user) {
        return plans.visiblePlans(user);
    }

    @GetMapping("/api/v1/plans/{planId}")
    @Operation(
            operationId = "getPlan",
            summary = "A plan with its goal tree, milestones, indicators and budget",
            description = "Each indicator carries its target as the document writes it (targetText), the stored reading"
                    + " (target: measure, aggregation, bound, value, upper, strict, unit, level, targetYear, baseYear,"
                    + " spanYears, condition of a share or count of a set, hedge, approximate, derived), who read it"
                    + " (targetReadBy PARSER with targetParserVersion, or PLANNER for a structured entry), the reading"
                    + " as a sentence (targetReading), where the target stands in the document (targetSource) and any"
                    + " other statement of it elsewhere in the document (alternativeTargets, with resolved). Readings"
                    + " are stored when a target is saved and change only when a planner accepts a newer parser's"
                    + " reading. projectId names the construction project of the plan the target is about (a stage"
                    + " target such as 2025年投入使用 is judged from its stage dates; see GET /api/v1/projects/{id},"
                    + " targets), or is null.")
    PlanDetail showPlan(@PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return plans.detail(planId, user, locale);
    }
}
