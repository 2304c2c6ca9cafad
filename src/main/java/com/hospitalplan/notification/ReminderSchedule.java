package com.hospitalplan.notification;

import com.hospitalplan.report.DueReportReminders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: remind units whose report is due within three days, or overdue, and not yet submitted. One instance
 * runs it (the lock is held at least five minutes, so an instance whose clock is a little behind does not run the
 * same morning's job again); the notices themselves are made once per person, kind and period in any case.
 */
@Component
class ReminderSchedule {

    static final int DAYS_AHEAD = 3;

    private final DueReportReminders reminders;

    ReminderSchedule(DueReportReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reportReminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void remind() {
        reminders.remindDueReports(DAYS_AHEAD);
    }
}
