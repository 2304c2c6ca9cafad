package com.hospitalplan.report;

/** Whether a period takes reports (until its due date and grace) or has been closed. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
