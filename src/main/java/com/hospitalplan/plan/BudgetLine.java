package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * Planned money in 万元 from one funding source for one spending category, in one year or the whole period, or per
 * year over the whole period (recurring); the amount may be not stated. See {@link BudgetAmount}.
 */
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
    private boolean recurring;
    private boolean approximate;
    private boolean inTotals = true;
    private String note;

    @Version
    private long version;

    protected BudgetLine() {}

    BudgetLine(Long planId, int position) {
        this.planId = planId;
        this.position = position;
    }

    /** The amount's rules (never negative, 约 only with an amount) are {@link BudgetAmount}'s. */
    void describe(Long goalId, String fundingSource, String category, Integer year, BudgetAmount planned, String note) {
        if (planned.recurring() && year != null) {
            throw new IllegalArgumentException("A recurring line covers the plan period and has no year of its own");
        }
        this.goalId = goalId;
        this.fundingSource = fundingSource;
        this.category = category;
        this.year = year;
        this.amount = planned.amount();
        this.recurring = planned.recurring();
        this.approximate = planned.approximate();
        this.inTotals = planned.inTotals();
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

    boolean recurring() {
        return recurring;
    }

    boolean approximate() {
        return approximate;
    }

    boolean inTotals() {
        return inTotals;
    }

    String note() {
        return note;
    }

    long version() {
        return version;
    }
}
