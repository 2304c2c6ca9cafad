package com.hospitalplan.plan;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/**
 * Planned money in 万元 from one funding source for one spending category, in one year or the whole period, or per
 * year over the whole period (recurring); the amount may be not stated. See {@link BudgetAmount}.
 */
@Entity
class BudgetLine extends GoalLinkedItem {

    private String fundingSource;
    private String category;
    private Integer year;
    private BigDecimal amount;
    private boolean recurring;
    private boolean approximate;
    private boolean inTotals = true;
    private String note;

    protected BudgetLine() {}

    BudgetLine(Long planId, int position) {
        super(planId, position);
    }

    /** The amount's rules (never negative, 约 only with an amount) are {@link BudgetAmount}'s. */
    void describe(PlanCommands.SaveBudgetLine command) {
        BudgetAmount planned = command.planned();
        if (planned.recurring() && command.year() != null) {
            throw new IllegalArgumentException("A recurring line covers the plan period and has no year of its own");
        }
        belongTo(command.goalId());
        this.fundingSource = command.fundingSource();
        this.category = command.category();
        this.year = command.year();
        this.amount = planned.amount();
        this.recurring = planned.recurring();
        this.approximate = planned.approximate();
        this.inTotals = planned.inTotals();
        this.note = command.note();
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
}
