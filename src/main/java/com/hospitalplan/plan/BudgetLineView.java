package com.hospitalplan.plan;

import java.math.BigDecimal;

/** A budget line as shown and exported; {@code year} null means the whole plan period. */
public record BudgetLineView(
        Long id,
        Long goalId,
        String fundingSource,
        String category,
        Integer year,
        BigDecimal amount,
        String note,
        long version) {}
