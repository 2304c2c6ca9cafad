package com.hospitalplan.dashboard;

import static com.hospitalplan.dashboard.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.ReportFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFiguresTest {

    @Test
    void keepsOnlyTheLatestValueOfEachYearOldestYearFirst() {
        ReportFigures.Value firstQuarter = quarter(2023, 3, "10", true);
        ReportFigures.Value lastQuarter = quarter(2023, 12, "40", true);
        ReportFigures.Value nextYear = quarter(2024, 6, "55", true);

        UnitFigures figures = UnitFigures.of(reports(nextYear, lastQuarter, firstQuarter));

        assertThat(figures.on(Basis.OFFICIAL).values(7L)).containsExactly(lastQuarter, nextYear);
        assertThat(figures.on(Basis.OFFICIAL).latest(7L)).isEqualTo(nextYear);
        assertThat(figures.on(Basis.OFFICIAL).values(8L)).isEmpty();
    }

    @Test
    void withNothingPendingBothBasesShareOneSetOfFigures() {
        UnitFigures figures = UnitFigures.of(reports(value(7, 1, 2023, "40", true)));

        assertThat(figures.withPending()).isSameAs(figures.official());
        assertThat(figures.weight()).isEqualTo(figures.official().weight());
    }

    @Test
    void aPendingValueCountsOnlyWithPending() {
        ReportFigures.Value approved = quarter(2023, 6, "40", true);
        ReportFigures.Value pending = quarter(2023, 9, "45", false);

        UnitFigures figures = UnitFigures.of(reports(approved, pending));

        assertThat(figures.on(Basis.OFFICIAL).latest(7L)).isEqualTo(approved);
        assertThat(figures.on(Basis.WITH_PENDING).latest(7L)).isEqualTo(pending);
        assertThat(figures.weight()).isGreaterThan(figures.official().weight());
    }

    @Test
    void ofTwoPeriodsEndingTheSameDayTheLaterReportCounts() {
        ReportFigures.Value quarterly = new ReportFigures.Value(
                7L, 1L, LocalDate.of(2023, 12, 31), new BigDecimal("40"), null, null, 20L, true);
        ReportFigures.Value annual = new ReportFigures.Value(
                7L, 1L, LocalDate.of(2023, 12, 31), new BigDecimal("42"), null, null, 21L, true);

        assertThat(UnitFigures.of(reports(annual, quarterly)).on(Basis.OFFICIAL).latest(7L))
                .isEqualTo(annual);
        assertThat(UnitFigures.of(reports(quarterly, annual)).on(Basis.OFFICIAL).latest(7L))
                .isEqualTo(annual);
    }

    private static ReportFigures.Value quarter(int year, int month, String number, boolean approved) {
        return new ReportFigures.Value(
                7L,
                1L,
                LocalDate.of(year, month, 1).plusMonths(1).minusDays(1),
                new BigDecimal(number),
                null,
                null,
                (long) year * 100 + month,
                approved);
    }

    private static UnitReports reports(ReportFigures.Value... values) {
        return new UnitReports(List.of(values), List.of(), List.of(), List.of());
    }
}
