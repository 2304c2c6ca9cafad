package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetAmountTest {

    private static final BigDecimal THREE_HUNDRED = new BigDecimal("300");

    @Test
    void aPlainLineAddsItsAmountInItsYear() {
        assertThat(BudgetAmount.of(THREE_HUNDRED).shares(2019, 2018, 2022))
                .containsExactly(new BudgetAmount.Share(2019, new Money(THREE_HUNDRED, false, true)));
    }

    @Test
    void aLineWithoutAmountAddsNothingAndIsIncompleteNotZero() {
        Money total = new BudgetAmount(null, false, false, true).total(null, 2018, 2022);
        assertThat(total.amount()).isZero();
        assertThat(total.complete()).isFalse();
        assertThat(total.unknown()).isTrue();
        assertThat(Money.NONE
                        .plus(BudgetAmount.of(THREE_HUNDRED).total(null, 2018, 2022))
                        .plus(total))
                .isEqualTo(new Money(THREE_HUNDRED, false, false));
    }

    @Test
    void aRecurringLineAddsItsAmountTimesTheYearsOfThePeriod() {
        BudgetAmount perYear = new BudgetAmount(THREE_HUNDRED, true, false, true);
        assertThat(perYear.shares(null, 2018, 2022))
                .extracting(BudgetAmount.Share::year)
                .containsExactly(2018, 2019, 2020, 2021, 2022);
        assertThat(perYear.total(null, 2018, 2022).amount()).isEqualByComparingTo("1500");
    }

    @Test
    void aRecurringLineHasNoYearOfItsOwn() {
        assertThatThrownBy(() -> new BudgetAmount(THREE_HUNDRED, true, false, true).shares(2019, 2018, 2022))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anApproximateLineMakesItsTotalApproximate() {
        Money total = new BudgetAmount(THREE_HUNDRED, false, true, true)
                .total(null, 2018, 2022)
                .plus(BudgetAmount.of(BigDecimal.TEN).total(null, 2018, 2022));
        assertThat(total).isEqualTo(new Money(new BigDecimal("310"), true, true));
    }

    @Test
    void aLineOutsideTheTotalsAddsNothingAtAll() {
        BudgetAmount outside = new BudgetAmount(null, false, false, false);
        assertThat(outside.shares(null, 2018, 2022)).isEmpty();
        assertThat(outside.total(null, 2018, 2022)).isEqualTo(Money.NONE);
    }

    @Test
    void refusesNegativeAmountsAndApproximationsOfNothing() {
        assertThatThrownBy(() -> BudgetAmount.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetAmount(null, false, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
