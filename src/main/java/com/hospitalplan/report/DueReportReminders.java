package com.hospitalplan.report;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the units that have not submitted a report that is due soon or overdue, and says so in an event. */
@Service
@Transactional
public class DueReportReminders {

    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DueReportReminders(
            ReportingPeriodRepository periods,
            ReportRepository reports,
            PlanService plans,
            ApplicationEventPublisher events,
            Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells the units that have not submitted yet that an open period is due within {@code daysAhead} days or is
     * overdue. Run daily; the notifications themselves are made once per person and period.
     */
    public void remindDueReports(int daysAhead) {
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : periods.findAll()) {
            boolean overdue = period.isOverdueOn(today);
            if ((!period.acceptsReportsOn(today) && !overdue) || period.status() == PeriodStatus.CLOSED) {
                continue;
            }
            if (!overdue && period.dueOn().isAfter(today.plusDays(daysAhead))) {
                continue;
            }
            ReportingScope scope = plans.reportingScope(period.planId());
            Set<Long> pending = new HashSet<>(scope.reportingUnits());
            // ids only: the reports of every open period as entities, in this one transaction, filled a 512 MB heap
            pending.removeAll(reports.unitsReporting(period.id(), Report.COUNTED));
            if (!pending.isEmpty()) {
                events.publishEvent(new ReportEvents.ReportsDue(
                        period.id(), scope.planTitle(), period.dueOn().toString(), overdue, pending));
            }
        }
    }
}
