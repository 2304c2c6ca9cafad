package com.hospitalplan.dashboard;

import com.hospitalplan.plan.LineSpending;
import com.hospitalplan.plan.Money;
import java.math.BigDecimal;

/**
 * Money planned and spent under one heading. The execution rate counts only lines that state their amount: money
 * spent against a line without one is in {@code spent}, never in the rate. Plain Java.
 *
 * @param spentOnStated the part of {@code spent} reported against lines that state their amount
 */
record MoneyTally(Money planned, BigDecimal spent, BigDecimal spentOnStated) {

    static final MoneyTally NONE = new MoneyTally(Money.NONE, BigDecimal.ZERO, BigDecimal.ZERO);

    MoneyTally plan(Money money) {
        return new MoneyTally(planned.plus(money), spent, spentOnStated);
    }

    MoneyTally spend(BigDecimal amount, boolean lineStatesAmount) {
        return new MoneyTally(planned, spent.add(amount), lineStatesAmount ? spentOnStated.add(amount) : spentOnStated);
    }

    /** Spent against planned, in percent, over the lines that state their amount; {@code null} when none does. */
    Integer executionPercent() {
        return ScoreRows.percent(spentOnStated, planned.amount());
    }

    /**
     * Whether the money spent against lines that state their amount passes what they plan, by the one rule of
     * {@link LineSpending} the report form and the review page use too.
     */
    boolean overPlan() {
        BigDecimal stated = planned.amount().signum() > 0 ? planned.amount() : null;
        return new LineSpending(stated, spentOnStated, null).overPlan();
    }

    /** Anything planned, known or not, or spent. */
    boolean any() {
        return planned.amount().signum() > 0 || !planned.complete() || spent.signum() > 0;
    }
}
