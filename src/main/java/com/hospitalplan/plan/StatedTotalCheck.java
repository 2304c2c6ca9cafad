package com.hospitalplan.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * A total the document states, beside what its lines add up to. Where a line it covers has no amount, the total
 * cannot be fully checked (无法完整核对): it neither matches nor mismatches, and names those lines.
 *
 * @param fundingSource, category, year which lines the total covers; {@code null} means all
 * @param unstatedLines the lines it covers that have no amount, by {@link BudgetLineView#label()}
 */
public record StatedTotalCheck(
        String label,
        String fundingSource,
        String category,
        Integer year,
        BigDecimal stated,
        Money computed,
        List<String> unstatedLines) {

    public StatedTotalCheck {
        unstatedLines = List.copyOf(unstatedLines);
    }

    /** Every line it covers states its amount. */
    @JsonProperty
    public boolean complete() {
        return unstatedLines.isEmpty();
    }

    @JsonProperty
    public boolean matches() {
        return complete() && stated.compareTo(computed.amount()) == 0;
    }

    /** Fully checked and different. */
    @JsonProperty
    public boolean mismatches() {
        return complete() && !matches();
    }

    @JsonProperty
    public BigDecimal difference() {
        return computed.amount().subtract(stated);
    }
}
