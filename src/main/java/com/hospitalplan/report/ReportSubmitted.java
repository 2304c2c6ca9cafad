package com.hospitalplan.report;

/**
 * A report was submitted for review: the dashboards count its values from now on.
 *
 * @param resubmission whether it comes back after it was returned
 */
public record ReportSubmitted(
        Long reportId, Long periodId, Long planId, Long organizationId, String planTitle, boolean resubmission)
        implements ReportEvents.ReportChanged {}
