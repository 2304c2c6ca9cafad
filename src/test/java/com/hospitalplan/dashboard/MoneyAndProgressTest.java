package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.targets.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyAndProgressTest {

    private static List<StatusCount> counts(int achieved, int onTrack, int atRisk, int offTrack, int noData) {
        return List.of(
                new StatusCount(Status.ACHIEVED, achieved),
                new StatusCount(Status.ON_TRACK, onTrack),
                new StatusCount(Status.AT_RISK, atRisk),
                new StatusCount(Status.OFF_TRACK, offTrack),
                new StatusCount(Status.NO_DATA, noData));
    }

    @Test
    void moneySpentWhileMostIndicatorsLagIsFlagged() {
        assertThat(MoneyAndProgress.of(60, counts(1, 0, 1, 1, 5))).isEqualTo(MoneyAndProgress.SPENT_NOT_MOVING);
        assertThat(MoneyAndProgress.of(40, counts(1, 0, 1, 1, 5))).isEqualTo(MoneyAndProgress.IN_STEP);
    }

    @Test
    void indicatorsMovingWithLittleMoneyAreFlagged() {
        assertThat(MoneyAndProgress.of(10, counts(2, 1, 1, 0, 0))).isEqualTo(MoneyAndProgress.MOVING_WITHOUT_SPENDING);
        assertThat(MoneyAndProgress.of(30, counts(2, 1, 1, 0, 0))).isEqualTo(MoneyAndProgress.IN_STEP);
    }

    @Test
    void withoutJudgedIndicatorsOrABudgetNothingCanBeSaid() {
        assertThat(MoneyAndProgress.of(80, counts(0, 0, 0, 0, 3))).isEqualTo(MoneyAndProgress.UNKNOWN);
        assertThat(MoneyAndProgress.of(null, counts(1, 0, 0, 0, 0))).isEqualTo(MoneyAndProgress.UNKNOWN);
    }
}
