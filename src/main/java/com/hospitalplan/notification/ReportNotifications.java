package com.hospitalplan.notification;

import com.hospitalplan.report.ReportApproved;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportEvents;
import com.hospitalplan.report.ReportReturned;
import com.hospitalplan.report.ReportSubmitted;
import com.hospitalplan.user.UserService;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns reporting events into notices: for the reporters of the units concerned, and for the reviewers deciding. */
@Component
class ReportNotifications {

    private final NotificationService notifications;
    private final UserService users;
    private final ReportDecisions decisions;

    ReportNotifications(NotificationService notifications, UserService users, ReportDecisions decisions) {
        this.notifications = notifications;
        this.users = users;
        this.decisions = decisions;
    }

    @EventListener
    void periodOpened(ReportEvents.PeriodOpened event) {
        notifications.notify(
                users.reportersOf(event.organizationIds()),
                "PERIOD_OPENED",
                "period-" + event.periodId(),
                "notification.periodOpened",
                List.of(event.planTitle(), event.periodLabel()),
                "/reports");
    }

    @EventListener
    void reportsDue(ReportEvents.ReportsDue event) {
        String kind = event.overdue() ? "OVERDUE" : "DUE_SOON";
        notifications.notify(
                users.reportersOf(event.organizationIds()),
                kind,
                "period-" + event.periodId(),
                event.overdue() ? "notification.overdue" : "notification.dueSoon",
                List.of(event.planTitle(), event.dueOn()),
                "/reports");
    }

    /**
     * A report waits for a decision: its reviewers are told each time it is submitted, and told it came back
     * corrected when it is submitted again after a return. Mail goes out only once this transaction commits.
     */
    @EventListener
    void reportSubmitted(ReportSubmitted event) {
        ReportDecisions.Deciders deciders = decisions.decidersOf(event.organizationId());
        notifications.notify(
                users.reviewersOf(deciders.organizationIds()),
                event.resubmission() ? "RESUBMITTED" : "SUBMITTED",
                "report-" + event.reportId() + "-" + System.nanoTime(),
                event.resubmission() ? "notification.resubmitted" : "notification.submitted",
                List.of(deciders.unitName(), event.planTitle()),
                "/reports/" + event.reportId());
    }

    @EventListener
    void reportReturned(ReportReturned event) {
        tellUnit(
                event.organizationId(),
                event.reportId(),
                "RETURNED",
                "notification.returned",
                List.of(event.planTitle(), event.reason() == null ? "" : event.reason()));
    }

    @EventListener
    void reportApproved(ReportApproved event) {
        tellUnit(
                event.organizationId(),
                event.reportId(),
                "APPROVED",
                "notification.approved",
                List.of(event.planTitle()));
    }

    /** A decision on a unit's report, told to the unit's reporters each time it is made, linking to the report. */
    private void tellUnit(Long organizationId, Long reportId, String kind, String messageKey, List<String> args) {
        notifications.notify(
                users.reportersOf(Set.of(organizationId)),
                kind,
                "report-" + reportId + "-" + System.nanoTime(),
                messageKey,
                args,
                "/reports/" + reportId);
    }
}
