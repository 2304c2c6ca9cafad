package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRatesTest {

    private static final InvestmentTable.Total PLANNED = new InvestmentTable.Total(new BigDecimal("8000"), true);

    @Test
    void aRateIsCumulativeOverThePlannedTotalMarkedDerived() {
        ProgressRates.Rate rate = ProgressRates.rate(new BigDecimal("3000"), PLANNED);
        assertThat(rate.percent()).isEqualByComparingTo("37.5");
        assertThat(rate.derived()).isTrue();
        assertThat(rate.overHundred()).isFalse();
        assertThat(rate.atMost()).isFalse();
    }

    @Test
    void aboveAHundredPercentIsFlaggedNotRefused() {
        ProgressRates.Rate rate = ProgressRates.rate(new BigDecimal("8800"), PLANNED);
        assertThat(rate.percent()).isEqualByComparingTo("110.0");
        assertThat(rate.overHundred()).isTrue();
        assertThat(ProgressRates.rate(new BigDecimal("8000"), PLANNED).overHundred())
                .isFalse();
    }

    @Test
    void noRateWithoutAPlannedTotalOrAnythingReported() {
        assertThat(ProgressRates.rate(new BigDecimal("10"), null)).isNull();
        assertThat(ProgressRates.rate(new BigDecimal("10"), new InvestmentTable.Total(null, false)))
                .isNull();
        assertThat(ProgressRates.rate(new BigDecimal("10"), new InvestmentTable.Total(BigDecimal.ZERO, true)))
                .isNull();
        assertThat(ProgressRates.rate(null, PLANNED)).isNull();
    }

    @Test
    void overATotalWithUnstatedLinesTheRateIsAtMost() {
        var atLeast = new InvestmentTable.Total(new BigDecimal("3000"), false);
        assertThat(ProgressRates.rate(new BigDecimal("1500"), atLeast).atMost()).isTrue();
    }

    @Test
    void approvedPeriodsAddUpAndAPendingOneAddsOnlyToItself() {
        List<ProgressRates.Line<String>> lines = ProgressRates.ledger(
                List.of(
                        new ProgressRates.Entry<>("2023", true, new BigDecimal("2000"), new BigDecimal("4000")),
                        new ProgressRates.Entry<>("2024H1", false, new BigDecimal("1000"), null),
                        new ProgressRates.Entry<>("2024", true, null, new BigDecimal("500")),
                        new ProgressRates.Entry<>("2025", false, new BigDecimal("6000"), null)),
                PLANNED);
        assertThat(lines.get(0).cumulativeInvestment()).isEqualByComparingTo("2000");
        assertThat(lines.get(0).investmentRate().percent()).isEqualByComparingTo("25.0");
        assertThat(lines.get(0).fundsRate().percent()).isEqualByComparingTo("50.0");
        assertThat(lines.get(1).cumulativeInvestment()).isEqualByComparingTo("3000");
        assertThat(lines.get(1).cumulativeFunds()).isEqualByComparingTo("4000");
        assertThat(lines.get(2).cumulativeInvestment()).isEqualByComparingTo("2000");
        assertThat(lines.get(2).cumulativeFunds()).isEqualByComparingTo("4500");
        assertThat(lines.get(3).cumulativeInvestment()).isEqualByComparingTo("8000");
        assertThat(lines.get(3).investmentRate().overHundred()).isFalse();
    }

    @Test
    void nothingReportedHasNoCumulativeFigure() {
        var lines = ProgressRates.ledger(List.of(new ProgressRates.Entry<>(1, true, null, null)), PLANNED);
        assertThat(lines.get(0).cumulativeInvestment()).isNull();
        assertThat(lines.get(0).investmentRate()).isNull();
    }
}
