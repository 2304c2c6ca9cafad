package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A total the document states ("省财政专项资金合计 30000万元"); blank filters mean "all". */
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

    BudgetStatedTotal(
            Long planId,
            int position,
            String label,
            String fundingSource,
            String category,
            Integer year,
            BigDecimal amount) {
        this.planId = planId;
        this.position = position;
        this.label = label;
        this.fundingSource = fundingSource;
        this.category = category;
        this.year = year;
        this.amount = amount;
    }

    Long id() {
        return id;
    }

    String label() {
        return label;
    }

    String fundingSource() {
        return fundingSource;
    }

    String category() {
        return category;
    }

    Integer year() {
        return year;
    }

    BigDecimal amount() {
        return amount;
    }

    int position() {
        return position;
    }
}
