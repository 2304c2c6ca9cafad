package com.hospitalplan.planworkbook;

import com.hospitalplan.plan.Money;
import com.hospitalplan.plan.PlanStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import will create, or why it cannot, as the preview page shows it. Long lists are cut at {@link #SHOWN}
 * rows; the counts are complete.
 *
 * @param replacingPlanId the draft whose content the import replaces, or {@code null} for a new plan
 */
public record ImportPreview(
        String token,
        String fileName,
        Long replacingPlanId,
        String replacingPlanTitle,
        int rowsRead,
        boolean importable,
        List<Problem> errors,
        List<Problem> warnings,
        int problemCount,
        PlanWorkbook.Info info,
        List<GoalLine> goals,
        int goalCount,
        List<PlanWorkbook.Indicator> indicators,
        int indicatorCount,
        int milestoneCount,
        int budgetLineCount,
        Money budgetTotal,
        int statedTotalCount,
        Instant expiresAt) {

    /** Rows of the goal tree and the indicator table shown on the page. */
    public static final int SHOWN = 300;

    /** A goal with its depth in the tree (0 is a chapter). */
    public record GoalLine(int depth, PlanWorkbook.Goal goal) {

        /** The indentation step on the page (deeper levels share the last step). */
        public int indent() {
            return Math.min(depth, 6);
        }

        public String label() {
            return goal.number() == null ? goal.title() : goal.number() + " " + goal.title();
        }
    }

    static ImportPreview of(String token, PendingImports.Pending pending, WorkbookReading reading, Instant expiresAt) {
        PlanWorkbook workbook = reading.workbook();
        Map<String, Integer> depths = new HashMap<>();
        List<GoalLine> goals = workbook.goals().stream()
                .limit(SHOWN)
                .map(goal -> {
                    int depth = goal.parentKey() == null ? 0 : depths.getOrDefault(goal.parentKey(), -1) + 1;
                    if (goal.key() != null) {
                        depths.putIfAbsent(goal.key(), depth);
                    }
                    return new GoalLine(depth, goal);
                })
                .toList();
        Integer start = workbook.info().startYear();
        Integer end = workbook.info().endYear();
        Money total = workbook.budgetLines().stream()
                .filter(l -> l.planned() != null && start != null && end != null)
                .map(l -> l.planned().total(l.year(), start, end))
                .reduce(Money.NONE, Money::plus);
        return new ImportPreview(
                token,
                pending.fileName(),
                pending.planId(),
                pending.planTitle(),
                reading.rowsRead(),
                reading.importable(),
                reading.errors(),
                reading.warnings(),
                reading.problemCount(),
                workbook.info(),
                goals,
                workbook.goals().size(),
                workbook.indicators().stream().limit(SHOWN).toList(),
                workbook.indicators().size(),
                workbook.milestones().size(),
                workbook.budgetLines().size(),
                total,
                workbook.statedTotals().size(),
                expiresAt);
    }

    public PlanStatus status() {
        return info.status();
    }

    /** How many problems were found but not kept. */
    public int problemsNotShown() {
        return problemCount - errors.size() - warnings.size();
    }
}
