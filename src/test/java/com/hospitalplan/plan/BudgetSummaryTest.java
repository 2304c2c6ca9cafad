package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

    private static BudgetLineView line(String source, String category, Integer year, String amount) {
        return new BudgetLineView(null, null, source, category, year, new BigDecimal(amount), null, 0);
    }

    private final List<BudgetLineView> lines = List.of(
            line("省财政专项资金", "人才建设", 2018, "1000"),
            line("省财政专项资金", "科研平台", 2019, "6000.50"),
            line("医院自筹", "人才建设", null, "10000"));

    @Test
    void addsUpBySourceCategoryAndYearWithExactDecimals() {
        BudgetSummary summary = BudgetSummary.of(lines, List.of());
        assertThat(summary.total()).isEqualByComparingTo("17000.50");
        assertThat(summary.bySource()).containsEntry("省财政专项资金", new BigDecimal("7000.50"));
        assertThat(summary.byCategory().get("人才建设")).isEqualByComparingTo("11000");
        assertThat(summary.byYear()).extracting(BudgetSummary.YearTotal::year).containsExactly(2018, 2019, null);
    }

    @Test
    void checksEachStatedTotalAgainstTheLinesItCovers() {
        BudgetSummary summary = BudgetSummary.of(
                lines,
                List.of(
                        new BudgetSummary.Stated("省财政专项资金合计", "省财政专项资金", null, null, new BigDecimal("7000.5")),
                        new BudgetSummary.Stated("人才建设合计", null, "人才建设", null, new BigDecimal("11000")),
                        new BudgetSummary.Stated("总计", null, null, null, new BigDecimal("18000"))));
        assertThat(summary.statedTotals()).extracting(StatedTotalCheck::matches).containsExactly(true, true, false);
        assertThat(summary.statedTotals().get(2).difference()).isEqualByComparingTo("-999.50");
        assertThat(summary.allTotalsMatch()).isFalse();
    }

    @Test
    void aYearlyTotalCountsOnlyThatYear() {
        BudgetSummary summary = BudgetSummary.of(
                lines, List.of(new BudgetSummary.Stated("2018年", null, null, 2018, new BigDecimal("1000"))));
        assertThat(summary.allTotalsMatch()).isTrue();
    }
}
