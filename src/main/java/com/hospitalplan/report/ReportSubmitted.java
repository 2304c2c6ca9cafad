package com.hospitalplan.report;

/** A report was submitted for review: the dashboards count its values from now on. */
public record ReportSubmitted(Long reportId, Long periodId, Long planId, Long organizationId, String planTitle)
        implements ReportEvents.ReportChanged {}
