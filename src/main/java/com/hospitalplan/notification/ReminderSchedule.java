package com.hospitalplan.notification;

import com.hospitalplan.report.ReportService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: remind units whose report is due within three days, or overdue, and not yet submitted. */
@Component
class ReminderSchedule {

    static final int DAYS_AHEAD = 3;

    private final ReportService reports;

    ReminderSchedule(ReportService reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Shanghai")
    void remind() {
        reports.remindDueReports(DAYS_AHEAD);
    }
}
