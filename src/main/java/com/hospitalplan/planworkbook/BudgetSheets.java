package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.BudgetSummary;
import com.hospitalplan.plan.StatedTotalCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The budget lines and stated totals of a workbook being read, and whether the totals add up. */
final class BudgetSheets {

    private final PlanWorkbook.Info info;
    private final Problems problems;

    BudgetSheets(PlanWorkbook.Info info, Problems problems) {
        this.info = info;
        this.problems = problems;
    }

    List<PlanWorkbook.BudgetLine> lines(List<RowCells> rows, Function<RowCells, String> goalKey) {
        List<PlanWorkbook.BudgetLine> lines = new ArrayList<>();
        for (RowCells row : rows) {
            String source = row.requiredText(SOURCE, 64);
            String category = row.requiredText(CATEGORY, 128);
            Integer year = row.year(YEAR, false);
            ItemCells.inPlanPeriod(row, YEAR, year, info);
            BudgetAmount planned = plannedAmount(row, year);
            String goal = goalKey.apply(row);
            String note = row.text(NOTE, 500);
            lines.add(new PlanWorkbook.BudgetLine(source, category, year, planned, goal, note));
        }
        return lines;
    }

    /** The amount and its 金额未说明, 每年, 约 and 计入合计 cells, or {@code null} when they do not fit together. */
    private BudgetAmount plannedAmount(RowCells row, Integer year) {
        BigDecimal amount = row.decimal(AMOUNT, false, 12, 2, true);
        Boolean notStated = row.choice(NOT_STATED, YES_NO, Boolean.FALSE);
        Boolean recurring = row.choice(RECURRING, YES_NO, Boolean.FALSE);
        Boolean approximate = row.choice(APPROXIMATE, YES_NO, Boolean.FALSE);
        Boolean inTotals = row.choice(IN_TOTALS, YES_NO, Boolean.TRUE);
        if (notStated == null || recurring == null || approximate == null || inTotals == null) {
            return null;
        }
        if (notStated && amount != null) {
            row.error(AMOUNT, "workbook.problem.amountWithNotStated", NOT_STATED);
            return null;
        }
        if (!notStated && amount == null) {
            if (row.isEmpty(AMOUNT)) {
                row.error(AMOUNT, "workbook.problem.amountOrNotStated", NOT_STATED);
            }
            return null;
        }
        if (approximate && amount == null) {
            row.error(APPROXIMATE, "workbook.problem.approximateWithoutAmount");
            return null;
        }
        if (recurring && year != null) {
            row.error(YEAR, "workbook.problem.recurringWithYear", RECURRING);
            return null;
        }
        return new BudgetAmount(amount, recurring, approximate, inTotals);
    }

    List<PlanWorkbook.StatedTotal> statedTotals(List<RowCells> rows) {
        List<PlanWorkbook.StatedTotal> totals = new ArrayList<>();
        for (RowCells row : rows) {
            String label = row.requiredText(TOTAL_LABEL, 255);
            String source = row.text(SOURCE, 64);
            String category = row.text(CATEGORY, 128);
            Integer year = row.year(YEAR, false);
            ItemCells.inPlanPeriod(row, YEAR, year, info);
            BigDecimal amount = row.decimal(AMOUNT, true, 12, 2, true);
            totals.add(new PlanWorkbook.StatedTotal(label, source, category, year, amount));
        }
        return totals;
    }

    /** A stated total that its lines do not add up to is worth a look, but documents do that (seed 001). */
    void checkTotals(List<PlanWorkbook.BudgetLine> lines, List<PlanWorkbook.StatedTotal> totals) {
        if (totals.isEmpty()
                || problems.hasErrors()
                || info.startYear() == null
                || info.endYear() == null
                || lines.stream().anyMatch(l -> l.planned() == null)
                || totals.stream().anyMatch(t -> t.amount() == null)) {
            return;
        }
        List<BudgetLineView> views = lines.stream()
                .map(l -> new BudgetLineView(
                        null,
                        null,
                        l.source(),
                        l.category(),
                        l.year(),
                        l.planned().amount(),
                        l.planned().recurring(),
                        l.planned().approximate(),
                        l.planned().inTotals(),
                        l.note(),
                        0))
                .toList();
        List<BudgetSummary.Stated> stated = totals.stream()
                .map(t -> new BudgetSummary.Stated(t.label(), t.source(), t.category(), t.year(), t.amount()))
                .toList();
        List<StatedTotalCheck> checks = BudgetSummary.of(views, stated, info.startYear(), info.endYear())
                .statedTotals();
        for (int i = 0; i < checks.size(); i++) {
            StatedTotalCheck check = checks.get(i);
            if (!check.complete()) {
                problems.warning(
                        TOTALS,
                        i + 2,
                        "",
                        "workbook.problem.totalIncomplete",
                        check.label(),
                        String.join("、", check.unstatedLines()));
            } else if (check.mismatches()) {
                problems.warning(
                        TOTALS,
                        i + 2,
                        "",
                        "workbook.problem.totalMismatch",
                        check.label(),
                        check.stated().stripTrailingZeros().toPlainString(),
                        check.computed().amount().stripTrailingZeros().toPlainString());
            }
        }
    }
}
