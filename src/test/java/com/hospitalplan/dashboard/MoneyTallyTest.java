package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTallyTest {

    private static final Money FIVE_HUNDRED = new Money(new BigDecimal("500"), false, true);

    @Test
    void moreSpentThanPlannedIsOverPlanByTheLineSpendingRule() {
        MoneyTally tally = MoneyTally.NONE.plan(FIVE_HUNDRED).spend(new BigDecimal("1200"), true);
        assertThat(tally.overPlan()).isTrue();
        assertThat(tally.executionPercent()).isEqualTo(240);
    }

    @Test
    void spendingThePlanExactlyIsNotOver() {
        assertThat(MoneyTally.NONE
                        .plan(FIVE_HUNDRED)
                        .spend(new BigDecimal("500"), true)
                        .overPlan())
                .isFalse();
    }

    @Test
    void moneySpentAgainstALineWithoutAnAmountIsNeverOverPlan() {
        MoneyTally tally =
                MoneyTally.NONE.plan(new Money(BigDecimal.ZERO, false, false)).spend(new BigDecimal("80"), false);
        assertThat(tally.overPlan()).isFalse();
        MoneyTally mixed = MoneyTally.NONE.plan(FIVE_HUNDRED).spend(new BigDecimal("600"), false);
        assertThat(mixed.overPlan()).isFalse();
    }
}
