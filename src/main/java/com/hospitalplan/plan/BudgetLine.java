package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** Planned money in 万元 from one funding source for one spending category, in one year or the whole period. */
@Entity
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long goalId;
    private int position;
    private String fundingSource;
    private String category;
    private Integer year;
    private BigDecimal amount;
    private String note;

    @Version
    private long version;

    protected BudgetLine() {}

    BudgetLine(Long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    void describe(Long goalId, String fundingSource, String category, Integer year, BigDecimal amount, String note) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A budget amount cannot be negative");
        }
        this.goalId = goalId;
        this.fundingSource = fundingSource;
        this.category = category;
        this.year = year;
        this.amount = amount;
        this.note = note;
    }

    Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    Long goalId() {
        return goalId;
    }

    int position() {
        return position;
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

    String note() {
        return note;
    }

    long version() {
        return version;
    }
}
