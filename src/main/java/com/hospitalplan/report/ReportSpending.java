package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;

/** Money spent in 万元 against one budget line, in one report. A part of {@link Report}. */
@Entity
class ReportSpending {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long budgetLineId;
    private BigDecimal amount;
    private String remark;

    protected ReportSpending() {}

    ReportSpending(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    boolean set(BigDecimal amount, String remark) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("Money spent cannot be negative");
        }
        boolean changed = !Objects.equals(
                        this.amount == null ? null : this.amount.stripTrailingZeros(),
                        amount == null ? null : amount.stripTrailingZeros())
                || !Objects.equals(this.remark, remark);
        this.amount = amount;
        this.remark = remark;
        return changed;
    }

    String shown() {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    Long budgetLineId() {
        return budgetLineId;
    }

    BigDecimal amount() {
        return amount;
    }

    String remark() {
        return remark;
    }
}
