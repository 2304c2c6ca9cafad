package com.hospitalplan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget line's planned money as the document writes it, and the one rule for what a line adds to a total: the
 * plan page, stated-total checks, dashboards, workbooks, the report form and the API all add lines up through
 * {@link #shares}. Plain Java.
 *
 * <ul>
 *   <li>a line without an amount (未说明) adds nothing and makes every total it belongs to incomplete;
 *   <li>a recurring line (每年…) adds its amount in each year of the plan period, amount × years in all;
 *   <li>an approximate line (约) adds its amount and makes the total approximate;
 *   <li>a line outside the stated totals adds nothing at all.
 * </ul>
 *
 * @param amount 万元, never negative; {@code null} when the document names the line without an amount, which is not 0
 * @param recurring the amount is per year, for every year of the plan period; such a line has no year of its own
 * @param approximate the document writes the amount with 约; needs an amount
 * @param inTotals {@code false} for a line the document names outside the totals it states (an investment its budget
 *     chapter already covers): shown, never added
 */
public record BudgetAmount(BigDecimal amount, boolean recurring, boolean approximate, boolean inTotals) {

    public BudgetAmount {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("A budget amount cannot be negative");
        }
        if (approximate && amount == null) {
            throw new IllegalArgumentException("Only a stated amount can be approximate");
        }
    }

    /** A plain stated amount counted in the totals. */
    public static BudgetAmount of(BigDecimal amount) {
        return new BudgetAmount(amount, false, false, true);
    }

    public boolean stated() {
        return amount != null;
    }

    /** A year's part of a line; {@code year} null is the whole period without a yearly split. */
    public record Share(Integer year, Money money) {}

    /**
     * What the line adds to totals, by year: a recurring line its amount in each year from {@code startYear} to
     * {@code endYear}; any other line its amount in its {@code year} ({@code null}: the whole period); nothing for a
     * line outside the totals.
     */
    public List<Share> shares(Integer year, int startYear, int endYear) {
        if (!inTotals) {
            return List.of();
        }
        Money money = amount == null ? Money.NOT_STATED : new Money(amount, approximate, true);
        if (!recurring) {
            return List.of(new Share(year, money));
        }
        if (year != null) {
            throw new IllegalArgumentException("A recurring line covers the plan period and has no year of its own");
        }
        List<Share> shares = new ArrayList<>();
        for (int y = startYear; y <= endYear; y++) {
            shares.add(new Share(y, money));
        }
        return shares;
    }

    /** All the line adds to totals over the plan period. */
    public Money total(Integer year, int startYear, int endYear) {
        return sum(shares(year, startYear, endYear));
    }

    public static Money sum(List<Share> shares) {
        return shares.stream().map(Share::money).reduce(Money.NONE, Money::plus);
    }
}
