package com.hospitalplan.dashboard;

import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone sub-target's value as one institution reported it for one period: a number or a yes/no. */
record SubTargetObservation(
        Long milestoneId,
        int position,
        Long organizationId,
        LocalDate periodEnd,
        BigDecimal number,
        Boolean yes,
        boolean approved) {

    boolean counts(Basis basis) {
        return (approved || basis == Basis.WITH_PENDING) && (number != null || yes != null);
    }

    Key key() {
        return new Key(milestoneId, position);
    }

    Measurement measurement() {
        return new Measurement(periodEnd, number, null, yes);
    }

    /** A sub-target: its milestone and its position there. */
    record Key(Long milestoneId, int position) {}
}
