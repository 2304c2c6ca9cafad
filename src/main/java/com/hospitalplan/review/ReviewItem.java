package com.hospitalplan.review;

import com.hospitalplan.report.ReportViews;
import java.time.Instant;

/**
 * A submitted report in a reviewer's queue.
 *
 * @param version the version a decision names
 * @param clean whether nothing in it asks for a closer look, so that it may be approved with others
 */
public record ReviewItem(
        Long reportId,
        String planTitle,
        ReportViews.PeriodView period,
        String organizationName,
        Instant submittedAt,
        long version,
        boolean clean) {}
