package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PunctualityTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 31);

    @Test
    void aSubmissionWithinTheGraceDaysIsOnTimeAfterThemLate() {
        assertThat(Punctuality.of(DUE, 5, "SUBMITTED", DUE.plusDays(5), DUE.plusDays(30)))
                .isEqualTo(Punctuality.ON_TIME);
        assertThat(Punctuality.of(DUE, 5, "APPROVED", DUE.plusDays(6), DUE.plusDays(30)))
                .isEqualTo(Punctuality.LATE);
    }

    @Test
    void withoutASubmissionItIsOpenUntilTheDeadlineThenOverdue() {
        assertThat(Punctuality.of(DUE, 0, null, null, DUE)).isEqualTo(Punctuality.OPEN);
        assertThat(Punctuality.of(DUE, 0, "DRAFT", null, DUE.plusDays(1))).isEqualTo(Punctuality.OVERDUE);
        assertThat(Punctuality.of(DUE, 0, "RETURNED", DUE, DUE.plusDays(1))).isEqualTo(Punctuality.RETURNED);
    }
}
