package com.hospitalplan.review;

import com.hospitalplan.report.ReportViews;
import java.time.Instant;

/** A submitted report in a reviewer's queue. */
public record ReviewItem(
        Long reportId, String planTitle, ReportViews.PeriodView period, String organizationName, Instant submittedAt) {}
