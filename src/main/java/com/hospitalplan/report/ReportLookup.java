package com.hospitalplan.report;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds reports, their periods and units, and checks who may read, write or decide a report ({@link ReportAccess})
 * and whether the report's version is the one the user saw.
 */
@Component
class ReportLookup {

    private final ReportRepository reports;
    private final ReportingPeriodRepository periods;
    private final PeriodReopeningRepository reopenings;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final Clock clock;

    ReportLookup(
            ReportRepository reports,
            ReportingPeriodRepository periods,
            PeriodReopeningRepository reopenings,
            PlanService plans,
            OrganizationService organizations,
            Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.reopenings = reopenings;
        this.plans = plans;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** A report the user may read; not found for everyone else. */
    Report readable(Long reportId, SignedInUser user) {
        Report report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException("report", reportId));
        boolean planner = plans.mayChange(period(report.periodId()).planId(), user);
        if (!ReportAccess.canRead(actor(user), unit(report), planner, regions())) {
            throw new ReportNotFoundException("report", reportId);
        }
        return report;
    }

    /** A report of the user's unit, at the version the user saw, that is editable and may still be reported. */
    Report writable(Long reportId, long version, SignedInUser user) {
        Report report = readable(reportId, user);
        if (!ReportAccess.canWrite(actor(user), unit(report))) {
            throw new AccessDeniedException("Only the unit's reporters write its report");
        }
        requireVersion(report, version);
        report.requireEditable();
        if (!acceptsReportsFrom(period(report.periodId()), report.organizationId())) {
            throw new ReportStateException("report.error.periodLocked");
        }
        return report;
    }

    /** A report the user reviews, at the version the user saw. */
    Report decidable(Long reportId, long version, SignedInUser user) {
        Report report = readable(reportId, user);
        if (!ReportAccess.canDecide(actor(user), unit(report), regions())) {
            throw new AccessDeniedException("Only reviewers of the unit's region decide its reports");
        }
        requireVersion(report, version);
        return report;
    }

    private static void requireVersion(Report report, long version) {
        if (report.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.id());
        }
    }

    /** Whether the unit may still report in the period today: the period takes reports, or it was reopened for it. */
    boolean acceptsReportsFrom(ReportingPeriod period, Long organizationId) {
        LocalDate today = LocalDate.now(clock);
        return period.acceptsReportsOn(today)
                || reopenings.findByPeriodIdAndOrganizationId(period.id(), organizationId).stream()
                        .anyMatch(r -> r.coversOn(today));
    }

    ReportingPeriod period(Long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new ReportNotFoundException("period", periodId));
    }

    /** The plan a report belongs to, as its events name it. */
    ReportedPlan planOf(Report report) {
        return planOf(period(report.periodId()));
    }

    ReportedPlan planOf(ReportingPeriod period) {
        return new ReportedPlan(period.planId(), plans.title(period.planId()));
    }

    OrganizationView organization(Long id) {
        return organizations.find(id).orElseThrow(() -> new ReportNotFoundException("organisation", id));
    }

    ReportAccess.Actor actor(SignedInUser user) {
        return ReportAccess.Actor.of(user.role(), organization(user.organizationId()));
    }

    ReportAccess.Unit unit(Report report) {
        return ReportAccess.Unit.of(organization(report.organizationId()));
    }

    RegionTree regions() {
        return organizations.regionTree();
    }

    /** The organisations whose reviewers decide on the unit's reports ({@link ReportAccess#canDecide}). */
    java.util.Set<Long> decidingOrganizations(Long unitId) {
        ReportAccess.Unit unit = ReportAccess.Unit.of(organization(unitId));
        RegionTree regions = regions();
        return organizations.all().stream()
                .filter(o -> ReportAccess.canDecide(ReportAccess.Actor.of(Role.REVIEWER, o), unit, regions))
                .map(OrganizationView::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    ReportViews.PeriodView view(ReportingPeriod period) {
        return new ReportViews.PeriodView(
                period.id(),
                period.planId(),
                period.kind(),
                period.year(),
                period.part(),
                period.startsOn(),
                period.endsOn(),
                period.opensOn(),
                period.dueOn(),
                period.graceDays(),
                period.status(),
                period.acceptsReportsOn(LocalDate.now(clock)));
    }
}
