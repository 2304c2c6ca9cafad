package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.TargetStatement;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its workbook holds it: plain values, organisations by (full) name, regions by code, goals and indicators
 * by the workbook's keys. Lists are in the workbook's (the document's) order.
 */
public record PlanWorkbook(
        Info info,
        List<Goal> goals,
        List<Milestone> milestones,
        List<Indicator> indicators,
        List<BudgetLine> budgetLines,
        List<StatedTotal> statedTotals) {

    public PlanWorkbook {
        goals = List.copyOf(goals);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        budgetLines = List.copyOf(budgetLines);
        statedTotals = List.copyOf(statedTotals);
    }

    /**
     * The sheet 基本信息.
     *
     * @param owner the organisation whose planners maintain the plan, or {@code null} for the importing user's
     */
    public record Info(
            String title,
            String issuer,
            String owner,
            PlanStatus status,
            Integer startYear,
            Integer endYear,
            LocalDate issuedOn,
            String summary,
            List<BasisDocument> basisDocuments,
            List<String> coveredOrganizations,
            List<String> coveredRegions) {

        public Info {
            basisDocuments = List.copyOf(basisDocuments);
            coveredOrganizations = List.copyOf(coveredOrganizations);
            coveredRegions = List.copyOf(coveredRegions);
        }
    }

    /** A row of 目标; {@code parentKey} names a goal on an earlier row. */
    public record Goal(
            String key,
            String parentKey,
            String number,
            String title,
            String description,
            String leadingUnit,
            List<String> otherUnits) {

        public Goal {
            otherUnits = List.copyOf(otherUnits);
        }
    }

    /** A row of 里程碑. */
    public record Milestone(String goalKey, MilestoneDefinition definition, List<SubTarget> subTargets) {

        public Milestone {
            subTargets = List.copyOf(subTargets);
        }
    }

    /**
     * A row of 指标.
     *
     * @param definition what the indicator is; its level scale by key ({@code EMR}…), a {@code null} aggregation for
     *     the value kind's default
     * @param weightKey the key of the indicator that weighs a weighted average, or {@code null}
     * @param structuredTarget the structured form of a target the parser cannot read, or {@code null}
     */
    public record Indicator(
            String key,
            String goalKey,
            IndicatorDefinition definition,
            String weightKey,
            String target,
            Target structuredTarget,
            List<YearlyTarget> yearlyTargets,
            String leadingUnit,
            List<String> otherUnits,
            String targetSource,
            List<TargetStatement> otherStatements) {

        public Indicator {
            yearlyTargets = List.copyOf(yearlyTargets);
            otherUnits = List.copyOf(otherUnits);
            otherStatements = otherStatements == null ? List.of() : List.copyOf(otherStatements);
        }
    }

    /**
     * A row of 预算; {@code year} null means the whole plan period.
     *
     * @param planned the amount (null: 金额未说明), 每年, 约 and 计入合计; {@code null} when the row's cells are wrong
     */
    public record BudgetLine(
            String source, String category, Integer year, BudgetAmount planned, String goalKey, String note) {}

    /** A row of 预算合计: a total the document states; blank filters mean "all lines". */
    public record StatedTotal(String label, String source, String category, Integer year, BigDecimal amount) {}
}
