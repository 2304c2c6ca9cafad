package com.hospitalplan.dashboard;

import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Status;

/**
 * Where one institution stands on one indicator.
 *
 * @param latest the latest value counted, or {@code null} when there is none
 */
record Standing(Long indicatorId, Long organizationId, Evaluation evaluation, ReportFigures.Value latest) {

    Status status() {
        return evaluation.status();
    }

    boolean pending() {
        return latest != null && !latest.approved();
    }
}
