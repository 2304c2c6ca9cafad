package com.hospitalplan.report;

/** A submitted report was approved: its values are official; its unit is told. */
public record ReportApproved(Long reportId, Long periodId, Long planId, Long organizationId, String planTitle)
        implements ReportEvents.ReportChanged {}
