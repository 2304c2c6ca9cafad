package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

    private static BudgetLineView line(String source, String category, Integer year, String amount) {
        return line(source, category, year, amount, false, false, true);
    }

    private static BudgetLineView line(
            String source,
            String category,
            Integer year,
            String amount,
            boolean recurring,
            boolean approximate,
            boolean inTotals) {
        return new BudgetLineView(
                null,
                null,
                source,
                category,
                year,
                amount == null ? null : new BigDecimal(amount),
                recurring,
                approximate,
                inTotals,
                null,
                0);
    }

    private static BudgetSummary summary(List<BudgetLineView> lines, BudgetSummary.Stated... stated) {
        return BudgetSummary.of(lines, List.of(stated), 2018, 2022);
    }

    private static BudgetSummary.Stated stated(String label, String source, Integer year, String amount) {
        return new BudgetSummary.Stated(label, source, null, year, new BigDecimal(amount));
    }

    private final List<BudgetLineView> lines = List.of(
            line("省财政专项资金", "人才建设", 2018, "1000"),
            line("省财政专项资金", "科研平台", 2019, "6000.50"),
            line("医院自筹", "人才建设", null, "10000"));

    @Test
    void addsUpBySourceCategoryAndYearWithExactDecimals() {
        BudgetSummary summary = summary(lines);
        assertThat(summary.total()).isEqualTo(new Money(new BigDecimal("17000.50"), false, true));
        assertThat(summary.bySource().get("省财政专项资金").amount()).isEqualByComparingTo("7000.50");
        assertThat(summary.byCategory().get("人才建设").amount()).isEqualByComparingTo("11000");
        assertThat(summary.byYear()).extracting(BudgetSummary.YearTotal::year).containsExactly(2018, 2019, null);
    }

    @Test
    void checksEachStatedTotalAgainstTheLinesItCovers() {
        BudgetSummary summary = summary(
                lines,
                stated("省财政专项资金合计", "省财政专项资金", null, "7000.5"),
                new BudgetSummary.Stated("人才建设合计", null, "人才建设", null, new BigDecimal("11000")),
                stated("总计", null, null, "18000"));
        assertThat(summary.statedTotals()).extracting(StatedTotalCheck::matches).containsExactly(true, true, false);
        assertThat(summary.statedTotals().get(2).mismatches()).isTrue();
        assertThat(summary.statedTotals().get(2).difference()).isEqualByComparingTo("-999.50");
    }

    @Test
    void aYearlyTotalCountsOnlyThatYear() {
        BudgetSummary summary = summary(lines, stated("2018年", null, 2018, "1000"));
        assertThat(summary.statedTotals().get(0).matches()).isTrue();
    }

    @Test
    void aLineWithoutAmountAddsNothingAndMakesItsTotalsIncomplete() {
        BudgetSummary summary = summary(List.of(line("医院自筹", "人才建设", null, "500"), line("专项债", "平台建设", null, null)));
        assertThat(summary.total()).isEqualTo(new Money(new BigDecimal("500"), false, false));
        assertThat(summary.bySource().get("专项债").unknown()).isTrue();
        assertThat(summary.bySource().get("医院自筹").complete()).isTrue();
    }

    @Test
    void aStatedTotalOverALineWithoutAmountCannotBeFullyCheckedAndNamesTheLine() {
        BudgetSummary summary = summary(
                List.of(line("医院自筹", "人才建设", null, "500"), line("专项债", "平台建设", 2019, null)),
                stated("总计", null, null, "500"),
                stated("医院自筹合计", "医院自筹", null, "500"));
        StatedTotalCheck overAll = summary.statedTotals().get(0);
        assertThat(overAll.complete()).isFalse();
        assertThat(overAll.matches()).isFalse();
        assertThat(overAll.mismatches()).isFalse();
        assertThat(overAll.unstatedLines()).containsExactly("专项债 · 平台建设 · 2019");
        assertThat(summary.statedTotals().get(1).matches()).isTrue();
    }

    @Test
    void aRecurringLineCountsItsAmountInEveryYearOfThePlan() {
        BudgetSummary summary = summary(
                List.of(line("医院专项经费", "人才培养", null, "500", true, false, true)),
                stated("五年合计", null, null, "2500"),
                stated("2020年", null, 2020, "500"));
        assertThat(summary.total().amount()).isEqualByComparingTo("2500");
        assertThat(summary.byYear())
                .extracting(BudgetSummary.YearTotal::year)
                .containsExactly(2018, 2019, 2020, 2021, 2022);
        assertThat(summary.statedTotals()).allMatch(StatedTotalCheck::matches);
    }

    @Test
    void anApproximateLineIsAddedAndMarksTheTotalApproximate() {
        BudgetSummary summary = summary(
                List.of(line("医院自筹", "人才经费", null, "300", true, true, true), line("医院自筹", "科研费用", null, "800")));
        assertThat(summary.total()).isEqualTo(new Money(new BigDecimal("2300"), true, true));
        assertThat(summary.byCategory().get("科研费用").approximate()).isFalse();
    }

    @Test
    void aLineOutsideTheStatedTotalsIsShownButNeverAdded() {
        BudgetSummary summary = summary(
                List.of(line("省财政专项资金", "平台", 2019, "2500"), line("未写明", "建设中心实验室", null, "3000", false, false, false)),
                stated("总计", null, null, "2500"));
        assertThat(summary.total().amount()).isEqualByComparingTo("2500");
        assertThat(summary.bySource()).doesNotContainKey("未写明");
        assertThat(summary.linesOutsideTotals()).hasSize(1);
        assertThat(summary.statedTotals().get(0).matches()).isTrue();
    }
}
