package com.hospitalplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money one institution reported as spent against a budget line in one period (万元). */
record SpendingObservation(
        Long budgetLineId, Long organizationId, LocalDate periodEnd, BigDecimal amount, boolean approved) {

    boolean counts(Basis basis) {
        return approved || basis == Basis.WITH_PENDING;
    }
}
