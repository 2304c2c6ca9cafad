package com.hospitalplan.dashboard;

import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One reported value of an indicator by one institution for one period, approved or still pending.
 *
 * @param periodEnd the last day of the period the value describes
 */
record Observation(
        Long indicatorId,
        Long organizationId,
        LocalDate periodEnd,
        BigDecimal number,
        String level,
        Boolean yes,
        Long reportId,
        boolean approved) {

    boolean counts(Basis basis) {
        return approved || basis == Basis.WITH_PENDING;
    }

    boolean hasValue() {
        return number != null || level != null || yes != null;
    }

    Measurement measurement() {
        return new Measurement(periodEnd, number, level, yes);
    }
}
