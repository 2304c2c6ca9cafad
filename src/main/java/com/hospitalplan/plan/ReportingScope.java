package com.hospitalplan.plan;

import com.hospitalplan.target.Direction;
import com.hospitalplan.target.Target;
import java.math.BigDecimal;
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
        List<IndicatorItem> indicators,
        List<MilestoneItem> milestones,
        List<BudgetItem> budgetLines) {

    public record IndicatorItem(
            Long id,
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
            Set<Long> reporters) {}

    public record MilestoneItem(Long id, String title, int dueYear, Set<Long> reporters) {}

    public record BudgetItem(
            Long id, String fundingSource, String category, Integer year, BigDecimal amount, Set<Long> reporters) {}

    /** Whether {@code organizationId} has anything to report in this plan. */
    public boolean assigns(Long organizationId) {
        return indicators.stream().anyMatch(i -> i.reporters().contains(organizationId))
                || milestones.stream().anyMatch(m -> m.reporters().contains(organizationId))
                || budgetLines.stream().anyMatch(b -> b.reporters().contains(organizationId));
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
