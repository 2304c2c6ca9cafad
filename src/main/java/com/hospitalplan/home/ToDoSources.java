package com.hospitalplan.home;

import com.hospitalplan.report.OverdueUnits;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.review.ReviewItem;
import com.hospitalplan.review.ReviewQueue;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a person has to do, by role, from the modules that know it: a reviewer's waiting reports, a reporter's reports
 * due or returned, a planner's overdue periods. Each list is empty for the other roles.
 */
@Component
class ToDoSources {

    private final ReviewQueue reviews;
    private final ReportPages reports;
    private final OverdueUnits overdue;

    ToDoSources(ReviewQueue reviews, ReportPages reports, OverdueUnits overdue) {
        this.reviews = reviews;
        this.reports = reports;
        this.overdue = overdue;
    }

    List<ReviewItem> waitingReviews(SignedInUser user) {
        return reviews.of(user);
    }

    /** Reports returned for correction, then those of periods taking reports that were not yet submitted. */
    List<ReportViews.Assignment> reportsToDo(SignedInUser user) {
        if (user.role() != Role.REPORTER) {
            return List.of();
        }
        List<ReportViews.Assignment> all = reports.assignments(user);
        return java.util.stream.Stream.concat(
                        all.stream().filter(a -> a.status() == ReportStatus.RETURNED),
                        all.stream().filter(ToDoSources::due))
                .toList();
    }

    List<OverdueUnits.OverduePeriod> overduePeriods(SignedInUser user) {
        return overdue.of(user);
    }

    /** Not yet submitted in a period that takes reports (or past its due date and still open). */
    private static boolean due(ReportViews.Assignment a) {
        boolean notSubmitted = a.status() == null || a.status() == ReportStatus.DRAFT;
        return notSubmitted && (a.period().acceptingReports() || a.overdue());
    }
}
