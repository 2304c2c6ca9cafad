package com.hospitalplan.plan;

import java.math.BigDecimal;

/**
 * Money spent against one budget line, the one rule every page and export reads it by. What a report states is the
 * spending of its period (本期支出), never a running total; the line's cumulative spending (累计支出) is the sum over
 * the approved periods. When that sum, with this period's spending, passes the line's planned amount, the pages warn:
 * spending more than planned is allowed (a budget can be topped up), never silent. Plain Java.
 *
 * @param planned the line's planned amount in 万元, {@code null} when the document states none (then nothing passes it)
 * @param approvedBefore the sum spent in earlier approved periods, 万元
 * @param thisPeriod this period's spending (本期支出), {@code null} when nothing is entered
 */
public record LineSpending(BigDecimal planned, BigDecimal approvedBefore, BigDecimal thisPeriod) {

    /** 累计支出: earlier approved periods and this one. */
    public BigDecimal cumulative() {
        return orZero(approvedBefore).add(orZero(thisPeriod));
    }

    /** Whether the cumulative spending passes the planned amount (equal to it is not over). */
    public boolean overPlan() {
        return planned != null && cumulative().compareTo(planned) > 0;
    }

    /** By how much the cumulative spending passes the plan; 0 when it does not. */
    public BigDecimal excess() {
        return overPlan() ? cumulative().subtract(planned) : BigDecimal.ZERO;
    }

    /**
     * The planned amount a line's spending is checked against: its stated amount, for a recurring line (每年…) the sum
     * over the plan's years; {@code null} for a line without an amount.
     */
    public static BigDecimal plannedOf(BudgetAmount amount, java.util.List<BudgetAmount.Share> shares) {
        if (amount == null || !amount.stated()) {
            return null;
        }
        if (!amount.recurring() || shares.isEmpty()) {
            return amount.amount();
        }
        return BudgetAmount.sum(shares).amount();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
