package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSpendingTest {

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    @Test
    void thisPeriodsSpendingAddsToTheApprovedPeriodsBefore() {
        LineSpending spending = new LineSpending(n("500"), n("300"), n("150"));
        assertThat(spending.cumulative()).isEqualByComparingTo("450");
        assertThat(spending.overPlan()).isFalse();
        assertThat(spending.excess()).isEqualByComparingTo("0");
    }

    @Test
    void aCumulativeSumPastThePlanIsOverPlanEvenWhenThePeriodAloneIsNot() {
        LineSpending spending = new LineSpending(n("500"), n("400"), n("150"));
        assertThat(spending.overPlan()).isTrue();
        assertThat(spending.excess()).isEqualByComparingTo("50");
        // 1,200 万元 in one period against a 500 万元 line
        assertThat(new LineSpending(n("500"), null, n("1200")).overPlan()).isTrue();
    }

    @Test
    void spendingExactlyThePlanIsNotOver() {
        assertThat(new LineSpending(n("500"), n("200"), n("300")).overPlan()).isFalse();
    }

    @Test
    void aLineWithoutAnAmountIsNeverOverPlan() {
        assertThat(new LineSpending(null, n("200"), n("300")).overPlan()).isFalse();
        assertThat(LineSpending.plannedOf(new BudgetAmount(null, false, false, true), List.of()))
                .isNull();
    }

    @Test
    void nothingEnteredIsNothingSpent() {
        assertThat(new LineSpending(n("500"), null, null).cumulative()).isEqualByComparingTo("0");
    }

    @Test
    void aRecurringLineIsPlannedOverEveryYearOfThePlan() {
        BudgetAmount yearly = new BudgetAmount(n("100"), true, false, true);
        assertThat(LineSpending.plannedOf(yearly, yearly.shares(null, 2021, 2025)))
                .isEqualByComparingTo("500");
        assertThat(LineSpending.plannedOf(BudgetAmount.of(n("300")), List.of())).isEqualByComparingTo("300");
    }
}
