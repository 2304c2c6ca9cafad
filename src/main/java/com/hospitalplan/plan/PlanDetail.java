package com.hospitalplan.plan;

import java.time.LocalDate;
import java.util.List;

/** A whole plan as its page and {@code GET /api/v1/plans/{id}} show it. */
public record PlanDetail(
        Long id,
        String key,
        String title,
        String issuer,
        Long ownerOrganizationId,
        String ownerName,
        PlanStatus status,
        int startYear,
        int endYear,
        LocalDate issuedOn,
        String summary,
        List<BasisDocument> basisDocuments,
        List<String> coverage,
        List<Long> coveredOrganizationIds,
        List<String> coveredRegionCodes,
        List<GoalNode> goals,
        List<MilestoneView> milestones,
        List<IndicatorView> indicators,
        BudgetSummary budget,
        boolean editable,
        long version) {

    /** Every goal of the tree, depth first, for choosing a parent or an attachment. */
    public List<GoalNode> flatGoals() {
        List<GoalNode> flat = new java.util.ArrayList<>();
        goals.forEach(goal -> flatten(goal, flat));
        return flat;
    }

    private static void flatten(GoalNode goal, List<GoalNode> into) {
        into.add(goal);
        goal.children().forEach(child -> flatten(child, into));
    }

    public long goalCount() {
        return flatGoals().size();
    }
}
