package com.hospitalplan.report;

/** Where a report is: being written, waiting for review, sent back with a reason, or approved (official). */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
}
