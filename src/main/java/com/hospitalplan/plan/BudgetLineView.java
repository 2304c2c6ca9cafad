package com.hospitalplan.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A budget line as shown and exported; {@code year} null means the whole plan period. {@code amount} null means the
 * document names the line without an amount (未说明), see {@link BudgetAmount}.
 */
public record BudgetLineView(
        Long id,
        Long goalId,
        String fundingSource,
        String category,
        Integer year,
        BigDecimal amount,
        boolean recurring,
        boolean approximate,
        boolean inTotals,
        String note,
        long version) {

    @JsonProperty
    public boolean amountStated() {
        return amount != null;
    }

    public BudgetAmount planned() {
        return new BudgetAmount(amount, recurring, approximate, inTotals);
    }

    /** How a check names the line: "医院自筹 · 人才建设 · 2019". */
    public String label() {
        return fundingSource + " · " + category + (year == null ? "" : " · " + year);
    }
}
