package com.hospitalplan.report;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's reporting periods: opened and closed by its planners and reviewers, reopened for one institution by a
 * reviewer of its region, and the status of every unit's report in a period.
 */
@Service
@Transactional
public class ReportingPeriods {

    private final ReportingPeriodRepository periods;
    private final PeriodReopeningRepository reopenings;
    private final ReportRepository reports;
    private final ReportLookup lookup;
    private final ReportHistoryLog history;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingPeriods(
            ReportingPeriodRepository periods,
            PeriodReopeningRepository reopenings,
            ReportRepository reports,
            ReportLookup lookup,
            ReportHistoryLog history,
            PlanService plans,
            OrganizationService organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.periods = periods;
        this.reopenings = reopenings;
        this.reports = reports;
        this.lookup = lookup;
        this.history = history;
        this.plans = plans;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportViews.PeriodView> periods(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ReportNotFoundException("plan", planId);
        }
        return periods.findByPlanIdOrderByStartsOnDesc(planId).stream()
                .map(lookup::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManagePeriods(Long planId, SignedInUser user) {
        return user.role() == Role.ADMIN
                || plans.mayChange(planId, user)
                || (user.role() == Role.REVIEWER && plans.mayRead(planId, user));
    }

    /**
     * Opens a reporting period of a plan.
     *
     * @return the message key of the reason it was refused, or empty
     */
    public Optional<String> openPeriod(Long planId, NewPeriod wanted, SignedInUser user) {
        requireManager(planId, user);
        if (!wanted.isComplete()) {
            return Optional.of("period.error.incomplete");
        }
        if (wanted.part() < 1 || wanted.part() > wanted.kind().partsPerYear()) {
            return Optional.of("period.error.part");
        }
        if (wanted.dueOn().isBefore(wanted.opensOn())) {
            return Optional.of("period.error.dueBeforeOpening");
        }
        ReportingScope scope = plans.reportingScope(planId);
        if (wanted.year() < scope.startYear() || wanted.year() > scope.endYear()) {
            return Optional.of("period.error.outsidePlan");
        }
        if (periods.existsByPlanIdAndKindAndYearAndPart(planId, wanted.kind(), wanted.year(), wanted.part())) {
            return Optional.of("period.error.exists");
        }
        ReportingPeriod period = periods.save(new ReportingPeriod(
                planId,
                wanted.kind(),
                wanted.year(),
                wanted.part(),
                wanted.opensOn(),
                wanted.dueOn(),
                wanted.graceDays()));
        String label = wanted.kind() + " " + wanted.year() + "/" + wanted.part();
        history.ofPeriod(
                period.id(), user, "PERIOD_OPENED", label, null, wanted.dueOn().toString(), null);
        events.publishEvent(new ReportEvents.PeriodOpened(
                period.id(),
                planId,
                scope.planTitle(),
                period.kind().chineseLabel(period.year(), period.part()),
                scope.reportingUnits()));
        return Optional.empty();
    }

    /** Closes a period; returns its plan's id. */
    public Long closePeriod(Long periodId, SignedInUser user) {
        ReportingPeriod period = lookup.period(periodId);
        requireManager(period.planId(), user);
        period.close();
        history.ofPeriod(
                periodId, user, "PERIOD_CLOSED", null, PeriodStatus.OPEN.name(), PeriodStatus.CLOSED.name(), null);
        return period.planId();
    }

    /**
     * Lets one institution report after the period has locked, until {@code until}; only reviewers of the
     * institution's region do this, with a reason, and it is recorded.
     */
    public void reopenFor(Long periodId, Long organizationId, LocalDate until, String reason, SignedInUser user) {
        ReportingPeriod period = lookup.period(periodId);
        if (!plans.mayRead(period.planId(), user)) {
            throw new ReportNotFoundException("period", periodId);
        }
        OrganizationView unit = lookup.organization(organizationId);
        if (!ReportAccess.canDecide(lookup.actor(user), ReportAccess.Unit.of(unit), lookup.regions())) {
            throw new AccessDeniedException("Only reviewers of the institution's region reopen a period for it");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReportStateException("report.error.reasonRequired");
        }
        if (until == null || until.isBefore(LocalDate.now(clock))) {
            throw new ReportStateException("period.error.untilInPast");
        }
        reopenings.save(
                new PeriodReopening(periodId, organizationId, until, reason.strip(), user.id(), clock.instant()));
        history.ofPeriod(periodId, user, "PERIOD_REOPENED", unit.fullName(), null, until.toString(), reason.strip());
    }

    /**
     * Every unit that reports in a period with its report's status, for those who manage the plan's periods
     * (its planners, reviewers who read it, administrators); reviewers see the units of their region only.
     */
    @Transactional(readOnly = true)
    public List<ReportViews.UnitReport> unitReports(Long periodId, SignedInUser user) {
        ReportingPeriod period = lookup.period(periodId);
        if (!plans.mayRead(period.planId(), user)) {
            throw new ReportNotFoundException("period", periodId);
        }
        if (!mayManagePeriods(period.planId(), user)) {
            throw new AccessDeniedException("Only the plan's planners and reviewers see all its reports");
        }
        Map<Long, Report> byUnit = reports.findByPeriodIdIn(List.of(periodId)).stream()
                .collect(Collectors.toMap(Report::organizationId, r -> r));
        Set<Long> units = plans.reportingScope(period.planId()).reportingUnits();
        Map<Long, OrganizationView> names = organizations.findAll(units);
        ReportAccess.Actor actor = lookup.actor(user);
        RegionTree regions = lookup.regions();
        boolean planner = plans.mayChange(period.planId(), user);
        boolean overdue = period.isOverdueOn(LocalDate.now(clock));
        return units.stream()
                .map(names::get)
                .filter(Objects::nonNull)
                .filter(unit -> ReportAccess.canRead(actor, ReportAccess.Unit.of(unit), planner, regions))
                .map(unit -> {
                    Report report = byUnit.get(unit.id());
                    return new ReportViews.UnitReport(
                            report == null ? null : report.id(),
                            unit.fullName(),
                            report == null ? null : report.status(),
                            pending(report) && overdue);
                })
                .toList();
    }

    private void requireManager(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ReportNotFoundException("plan", planId);
        }
        if (!mayManagePeriods(planId, user)) {
            throw new AccessDeniedException("Only the plan's planners and reviewers manage its periods");
        }
    }

    /**
     * Whether a unit still has to submit: it has no report, or its report is a draft or was returned, that is, not in
     * a status the dashboards count ({@link Report#COUNTED}, which the overdue counts ask the database by).
     */
    static boolean pending(Report report) {
        return report == null || !Report.COUNTED.contains(report.status());
    }
}
