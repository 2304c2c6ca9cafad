package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void quartersHalfYearsAndYearsCoverTheirMonths() {
        assertThat(PeriodKind.QUARTER.startOf(2024, 3)).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PeriodKind.QUARTER.endOf(2024, 3)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(PeriodKind.HALF_YEAR.endOf(2024, 1)).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(PeriodKind.YEAR.endOf(2024, 1)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> PeriodKind.HALF_YEAR.startOf(2024, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesReportsFromOpeningUntilTheDueDatePlusGrace() {
        ReportingPeriod period = new ReportingPeriod(
                1L, PeriodKind.QUARTER, 2024, 3, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 15), 3);
        assertThat(period.acceptsReportsOn(LocalDate.of(2024, 9, 30))).isFalse();
        assertThat(period.acceptsReportsOn(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(period.acceptsReportsOn(LocalDate.of(2024, 10, 18))).isTrue();
        assertThat(period.acceptsReportsOn(LocalDate.of(2024, 10, 19))).isFalse();
        assertThat(period.isOverdueOn(LocalDate.of(2024, 10, 16))).isTrue();
    }

    @Test
    void aClosedPeriodTakesNoReports() {
        ReportingPeriod period = new ReportingPeriod(
                1L, PeriodKind.YEAR, 2024, 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 0);
        period.close();
        assertThat(period.acceptsReportsOn(LocalDate.of(2025, 1, 10))).isFalse();
    }

    @Test
    void aPeriodIsNotDueBeforeItOpens() {
        assertThatThrownBy(() -> new ReportingPeriod(
                        1L, PeriodKind.YEAR, 2024, 1, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
