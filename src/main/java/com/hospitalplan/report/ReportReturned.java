package com.hospitalplan.report;

/** A submitted report was returned to its unit with a reason: the dashboards no longer count it; its unit is told. */
public record ReportReturned(
        Long reportId, Long periodId, Long planId, Long organizationId, String planTitle, String reason)
        implements ReportEvents.ReportChanged {}
