package com.hospitalplan.plan;

import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a plan asks to be reported, and by whom: each indicator, milestone and budget line with the organisations
 * that report on it (its responsible units; for an indicator without any, the covered institutions; otherwise the
 * plan's owner).
 */
public record ReportingScope(
        Long planId,
        String planTitle,
        Long ownerOrganizationId,
        int startYear,
        int endYear,
        List<GoalItem> goals,
        List<IndicatorItem> indicators,
        List<MilestoneItem> milestones,
        List<BudgetItem> budgetLines) {

    /** A goal area of the plan's tree; {@code parentId} is {@code null} at the top. */
    public record GoalItem(Long id, Long parentId, String number, String title) {}

    /**
     * An indicator to report on.
     *
     * @param originalTarget the target as first published when it has since been adjusted, otherwise {@code null}
     * @param aggregation how values of several institutions roll up (declared or the value kind's default)
     * @param yearlyTargets the targets the plan sets for single years, as stored, by year
     * @param project the construction project the target is about, with its stage dates, or {@code null}: a target
     *     naming one of its stages ("2025年投入使用") is judged from those dates
     */
    public record IndicatorItem(
            Long id,
            Long goalId,
            String number,
            String name,
            String unit,
            ValueKind valueKind,
            String levelScale,
            Direction direction,
            BigDecimal baselineValue,
            String baselineLevel,
            Integer baselineYear,
            String targetText,
            Target target,
            Target originalTarget,
            Aggregation aggregation,
            Long aggregationWeightId,
            Set<Long> reporters,
            java.util.Map<Integer, Target> yearlyTargets,
            LinkedProject project) {

        /** The values a report may state for this indicator. */
        public ValueRange valueRange() {
            List<Target> targets =
                    new java.util.ArrayList<>(yearlyTargets == null ? List.of() : yearlyTargets.values());
            targets.add(target);
            targets.add(originalTarget);
            return ValueRange.of(valueKind, baselineValue, targets);
        }
    }

    /** A milestone to report on, with its sub-targets in their order. */
    public record MilestoneItem(
            Long id,
            Long goalId,
            String title,
            int dueYear,
            LocalDate dueDate,
            List<SubTargetItem> subTargets,
            Set<Long> reporters) {}

    /**
     * A sub-target of a milestone ("引进博士 1-2人"), reported and judged like an indicator.
     *
     * @param position its place among the milestone's sub-targets, which names it in reports
     * @param target what it was understood as when the milestone was saved (due in the milestone's due year where
     *     the wording names no year), or {@code null} when the wording could not be understood
     */
    public record SubTargetItem(Long milestoneId, int position, String label, String targetText, Target target) {

        /** A yes/no where the sub-target is an achievement ("建成投用"), otherwise a number. */
        public ValueKind valueKind() {
            return target != null && target.measure() == Measure.ACHIEVEMENT ? ValueKind.YES_NO : ValueKind.NUMBER;
        }
    }

    /**
     * A budget line to report spending against.
     *
     * @param shares what it adds to the plan's planned money, by year ({@link BudgetAmount#shares})
     */
    public record BudgetItem(
            Long id,
            Long goalId,
            String fundingSource,
            String category,
            Integer year,
            BudgetAmount amount,
            List<BudgetAmount.Share> shares,
            Set<Long> reporters) {

        /** All it adds to the plan's planned money. */
        public Money planned() {
            return BudgetAmount.sum(shares);
        }

        /** Its spending: {@code thisPeriod} (本期支出) after {@code approvedBefore} in earlier approved periods. */
        public LineSpending spending(java.math.BigDecimal approvedBefore, java.math.BigDecimal thisPeriod) {
            return new LineSpending(LineSpending.plannedOf(amount, shares), approvedBefore, thisPeriod);
        }
    }

    /**
     * Every organisation that has anything to report in this plan, in the order of the indicators, milestones and
     * budget lines naming them.
     */
    public Set<Long> reportingUnits() {
        Set<Long> units = new LinkedHashSet<>();
        indicators.forEach(i -> units.addAll(i.reporters()));
        milestones.forEach(m -> units.addAll(m.reporters()));
        budgetLines.forEach(b -> units.addAll(b.reporters()));
        return units;
    }

    /** Whether {@code organizationId} has anything to report in this plan: it is one of {@link #reportingUnits()}. */
    public boolean assigns(Long organizationId) {
        return reportingUnits().contains(organizationId);
    }

    public List<IndicatorItem> indicatorsOf(Long organizationId) {
        return indicators.stream()
                .filter(i -> i.reporters().contains(organizationId))
                .toList();
    }

    public List<MilestoneItem> milestonesOf(Long organizationId) {
        return milestones.stream()
                .filter(m -> m.reporters().contains(organizationId))
                .toList();
    }

    public List<BudgetItem> budgetLinesOf(Long organizationId) {
        return budgetLines.stream()
                .filter(b -> b.reporters().contains(organizationId))
                .toList();
    }
}
