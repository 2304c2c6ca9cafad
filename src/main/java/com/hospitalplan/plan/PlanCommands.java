package com.hospitalplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What planners ask the plan feature to do, already validated by their forms. */
public final class PlanCommands {

    private PlanCommands() {}

    public record SavePlan(
            String title,
            String issuer,
            int startYear,
            int endYear,
            LocalDate issuedOn,
            String summary,
            List<BasisDocument> basisDocuments,
            Long ownerOrganizationId,
            List<Long> coveredOrganizationIds,
            List<String> coveredRegionCodes) {}

    public record SaveGoal(
            Long parentId,
            String number,
            String title,
            String description,
            Long leadingUnitId,
            List<Long> otherUnitIds) {}

    /**
     * An indicator as a planner saves it.
     *
     * @param aggregationWeightId the indicator of the plan that weighs a weighted average, or {@code null}
     * @param projectId the construction project of the same plan the target is about ("2025年投入使用"), or {@code
     *     null}
     */
    public record SaveIndicator(
            Long goalId,
            IndicatorDefinition definition,
            Long aggregationWeightId,
            String targetText,
            com.hospitalplan.targets.Target structuredTarget,
            List<YearlyTarget> yearlyTargets,
            Long leadingUnitId,
            List<Long> otherUnitIds,
            String revisionReason,
            Long projectId) {}

    public record SaveMilestone(Long goalId, MilestoneDefinition definition, List<SubTarget> subTargets) {}

    public record SaveBudgetLine(
            Long goalId, String fundingSource, String category, Integer year, BudgetAmount planned, String note) {}

    /**
     * A whole plan read from a workbook, to be written in one go. Goals, indicators and budget lines refer to goals
     * and indicators by the workbook's keys; organisations are already resolved to ids. Lists are in document order.
     *
     * @param status the status the plan is to have (not {@link PlanStatus#CLOSED})
     */
    public record ImportPlan(
            SavePlan plan,
            PlanStatus status,
            List<ImportGoal> goals,
            List<ImportMilestone> milestones,
            List<ImportIndicator> indicators,
            List<ImportBudgetLine> budgetLines,
            List<ImportStatedTotal> statedTotals) {}

    /** A responsible unit of a goal or an indicator; the leading one comes first. */
    public record ImportUnit(Long organizationId, boolean leading) {}

    /** A goal; {@code parentKey} names a goal listed before it, or is {@code null} for a chapter. */
    public record ImportGoal(
            String key, String parentKey, String number, String title, String description, List<ImportUnit> units) {}

    public record ImportMilestone(String goalKey, MilestoneDefinition definition, List<SubTarget> subTargets) {}

    /** An indicator; {@code weightKey} names the indicator that weighs a weighted average, or is {@code null}. */
    public record ImportIndicator(
            String key,
            String goalKey,
            IndicatorDefinition definition,
            String weightKey,
            String targetText,
            com.hospitalplan.targets.Target structuredTarget,
            List<YearlyTarget> yearlyTargets,
            List<ImportUnit> units,
            String targetSource,
            List<TargetStatement> otherStatements) {}

    public record ImportBudgetLine(
            String goalKey, String fundingSource, String category, Integer year, BudgetAmount planned, String note) {}

    public record ImportStatedTotal(
            String label, String fundingSource, String category, Integer year, BigDecimal amount) {}
}
