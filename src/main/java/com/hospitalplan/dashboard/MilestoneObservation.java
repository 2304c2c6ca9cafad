package com.hospitalplan.dashboard;

import com.hospitalplan.report.MilestoneProgress;
import java.time.LocalDate;

/** A milestone's status as one institution reported it for one period. */
record MilestoneObservation(
        Long milestoneId,
        Long organizationId,
        LocalDate periodEnd,
        MilestoneProgress status,
        Integer percentDone,
        boolean approved) {

    boolean counts(Basis basis) {
        return approved || basis == Basis.WITH_PENDING;
    }
}
