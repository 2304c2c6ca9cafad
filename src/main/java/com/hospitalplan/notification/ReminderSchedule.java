package com.hospitalplan.notification;

import com.hospitalplan.report.DueReportReminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: remind units whose report is due within three days, or overdue, and not yet submitted. */
@Component
class ReminderSchedule {

    static final int DAYS_AHEAD = 3;

    private final DueReportReminders reminders;

    ReminderSchedule(DueReportReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void remind() {
        reminders.remindDueReports(DAYS_AHEAD);
    }
}
