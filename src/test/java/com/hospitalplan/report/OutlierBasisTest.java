package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierBasisTest {

    private static final OutlierBasis.Earlier YEAR_2025 =
            new OutlierBasis.Earlier(PeriodKind.YEAR, LocalDate.of(2025, 12, 31), new BigDecimal("40"));
    private static final OutlierBasis.Earlier Q2_2026 =
            new OutlierBasis.Earlier(PeriodKind.QUARTER, LocalDate.of(2026, 6, 30), new BigDecimal("11"));
    private static final OutlierBasis.Earlier Q1_2026 =
            new OutlierBasis.Earlier(PeriodKind.QUARTER, LocalDate.of(2026, 3, 31), new BigDecimal("9"));

    @Test
    void aQuarterIsComparedWithTheLatestEarlierQuarterNotWithTheYear() {
        assertThat(OutlierBasis.of(PeriodKind.QUARTER, List.of(Q1_2026, Q2_2026, YEAR_2025)))
                .isEqualByComparingTo("11");
    }

    @Test
    void aQuarterAfterOnlyAYearHasNothingToBeComparedWith() {
        BigDecimal basis = OutlierBasis.of(PeriodKind.QUARTER, List.of(YEAR_2025));
        assertThat(basis).isNull();
        // so a quarter of a cumulative indicator (10 against the year's 40) is no outlier
        assertThat(SubmissionCheck.isOutlier(new BigDecimal("10"), basis)).isFalse();
    }

    @Test
    void aYearIsComparedWithTheYearBeforeEvenAfterLaterQuarters() {
        assertThat(OutlierBasis.of(PeriodKind.YEAR, List.of(YEAR_2025, Q1_2026, Q2_2026)))
                .isEqualByComparingTo("40");
    }

    @Test
    void anEarlierValueWithoutANumberIsSkipped() {
        var levelOnly = new OutlierBasis.Earlier(PeriodKind.QUARTER, LocalDate.of(2026, 9, 30), null);
        assertThat(OutlierBasis.of(PeriodKind.QUARTER, List.of(Q2_2026, levelOnly)))
                .isEqualByComparingTo("11");
    }
}
