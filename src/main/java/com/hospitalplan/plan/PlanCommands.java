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

    public record SaveIndicator(
            Long goalId,
            String number,
            String category,
            String name,
            String unit,
            String definition,
            com.hospitalplan.target.Direction direction,
            ValueKind valueKind,
            String levelScale,
            boolean binding,
            BigDecimal baselineValue,
            String baselineLevel,
            Integer baselineYear,
            String targetText,
            com.hospitalplan.target.Target structuredTarget,
            List<YearlyTarget> yearlyTargets,
            Long leadingUnitId,
            List<Long> otherUnitIds,
            String note,
            String revisionReason,
            Aggregation aggregation,
            Long aggregationWeightId) {}

    public record SaveMilestone(
            Long goalId,
            String title,
            String description,
            int dueYear,
            LocalDate dueDate,
            BigDecimal plannedCost,
            List<SubTarget> subTargets) {}

    public record SaveBudgetLine(
            Long goalId, String fundingSource, String category, Integer year, BigDecimal amount, String note) {}
}
