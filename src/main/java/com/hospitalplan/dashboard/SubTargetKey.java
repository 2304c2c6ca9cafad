package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;

/** A milestone's sub-target: its milestone and its position there. */
record SubTargetKey(Long milestoneId, int position) {

    static SubTargetKey of(ReportFigures.SubTargetValue value) {
        return new SubTargetKey(value.milestoneId(), value.position());
    }
}
