package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/**
 * A total the document states ("省财政专项资金合计 30000万元"); blank filters mean "all". Written in batches by
 * {@link PlanContentWriter}, read only as its {@link #stated()} value.
 */
@Entity
class BudgetStatedTotal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private int position;
    private String label;
    private String fundingSource;
    private String category;
    private Integer year;
    private BigDecimal amount;

    protected BudgetStatedTotal() {}

    /** The total as the budget summary checks it against the lines it covers. */
    BudgetSummary.Stated stated() {
        return new BudgetSummary.Stated(label, fundingSource, category, year, amount);
    }
}
