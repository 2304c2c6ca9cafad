package com.hospitalplan.report;

/** An approved report was reopened for correction with a reason: the dashboards no longer count it. */
public record ReportReopened(
        Long reportId, Long periodId, Long planId, Long organizationId, String planTitle, String reason)
        implements ReportEvents.ReportChanged {}
