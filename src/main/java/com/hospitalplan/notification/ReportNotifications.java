package com.hospitalplan.notification;

import com.hospitalplan.report.ReportApproved;
import com.hospitalplan.report.ReportEvents;
import com.hospitalplan.report.ReportReturned;
import com.hospitalplan.user.UserService;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns reporting events into notices for the reporters of the units concerned. */
@Component
class ReportNotifications {

    private final NotificationService notifications;
    private final UserService users;

    ReportNotifications(NotificationService notifications, UserService users) {
        this.notifications = notifications;
        this.users = users;
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
