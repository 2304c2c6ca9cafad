package com.hospitalplan.report;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting module's commands for reviewers: approve or return a submitted report, reopen an approved one; and
 * the submitted reports waiting for a decision. Only reviewers of the unit's region decide, at the version they saw.
 */
@Service
@Transactional
public class ReportDecisions {

    /** The longest comment a decision keeps (the history's column). */
    public static final int MAX_COMMENT = 2000;

    private final ReportRepository reports;
    private final ReportLookup lookup;
    private final ReportHistoryLog history;
    private final ReportSubmissionCheck check;
    private final PlanService plans;
    private final Clock clock;

    ReportDecisions(
            ReportRepository reports,
            ReportLookup lookup,
            ReportHistoryLog history,
            ReportSubmissionCheck check,
            PlanService plans,
            Clock clock) {
        this.reports = reports;
        this.lookup = lookup;
        this.history = history;
        this.check = check;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * A submitted report as a reviewer decides on it.
     *
     * @param version the version a decision names
     * @param clean whether nothing in it asks for a closer look, so that it may be approved with others
     */
    public record Waiting(long version, boolean clean) {}

    /** The submitted reports among these, each with its version and whether it is clean. */
    @Transactional(readOnly = true)
    public Map<Long, Waiting> waiting(Collection<Long> reportIds) {
        Map<Long, ReportingScope> scopes = new HashMap<>();
        Map<Long, Waiting> waiting = new HashMap<>();
        for (Report report : reports.findAllById(reportIds)) {
            if (report.status() == ReportStatus.SUBMITTED) {
                ReportingPeriod period = lookup.period(report.periodId());
                ReportingScope scope = scopes.computeIfAbsent(period.planId(), plans::reportingScope);
                waiting.put(report.id(), new Waiting(report.version(), check.clean(report, period, scope)));
            }
        }
        return waiting;
    }

    /**
     * A submitted report waiting for a decision.
     *
     * @param period the period it reports on
     * @param version the version a decision names
     */
    public record Submitted(
            Long reportId,
            Long organizationId,
            Long planId,
            String planTitle,
            ReportViews.PeriodView period,
            Instant submittedAt,
            long version) {}

    /**
     * Who decides on a unit's reports: the unit's name and the organisations whose reviewers decide (those of a
     * region-wide organisation over the unit's region).
     */
    public record Deciders(String unitName, java.util.Set<Long> organizationIds) {}

    @Transactional(readOnly = true)
    public Deciders decidersOf(Long unitId) {
        return new Deciders(lookup.organization(unitId).fullName(), lookup.decidingOrganizations(unitId));
    }

    /** Every submitted report, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<Submitted> submitted() {
        Map<Long, ReportedPlan> plans = new HashMap<>();
        // no entities: at a province's deadline thousands wait, and every reviewer's to-do count lists them
        return reports.findByStatusOrderBySubmittedAtAsc(ReportStatus.SUBMITTED).stream()
                .map(report -> {
                    ReportingPeriod period = lookup.period(report.getPeriodId());
                    ReportedPlan plan = plans.computeIfAbsent(period.id(), id -> lookup.planOf(period));
                    return new Submitted(
                            report.getId(),
                            report.getOrganizationId(),
                            plan.planId(),
                            plan.title(),
                            lookup.view(period),
                            report.getSubmittedAt(),
                            report.getVersion());
                })
                .toList();
    }

    public void approve(Long reportId, long version, SignedInUser user) {
        approve(reportId, version, null, user);
    }

    /**
     * Approves a report with the reviewer's optional comment, kept with the decision in the report's history.
     *
     * @throws ReportStateException when the comment is longer than the history keeps
     */
    public void approve(Long reportId, long version, String comment, SignedInUser user) {
        // who may decide, and on which version, first: an unknown report is 404 whatever the comment
        Report report = lookup.decidable(reportId, version, user);
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        if (kept != null && kept.length() > MAX_COMMENT) {
            throw new ReportStateException("review.error.commentTooLong");
        }
        approve(report, kept, user);
    }

    /**
     * Approves a report as one of several approved together: only a clean one ({@link Waiting#clean()}).
     *
     * @throws ReportStateException when something in it asks for a closer look
     */
    public void approveClean(Long reportId, long version, SignedInUser user) {
        Report report = lookup.decidable(reportId, version, user);
        ReportingPeriod period = lookup.period(report.periodId());
        if (!check.clean(report, period, plans.reportingScope(period.planId()))) {
            throw new ReportStateException("review.error.notClean");
        }
        approve(report, null, user);
    }

    private void approve(Report report, String comment, SignedInUser user) {
        report.approve(user.id(), clock.instant(), lookup.planOf(report));
        history.status(report, user, "APPROVED", ReportStatus.SUBMITTED, comment);
        reports.save(report);
    }

    /** Returns a report with a reason for the whole report and, optionally, for single values by indicator. */
    public void returnReport(
            Long reportId, long version, String reason, Map<Long, String> valueReasons, SignedInUser user) {
        Report report = lookup.decidable(reportId, version, user);
        report.returnToReporter(stripped(reason), valueReasons, user.id(), clock.instant(), lookup.planOf(report));
        history.status(report, user, "RETURNED", ReportStatus.SUBMITTED, stripped(reason));
        reports.save(report);
    }

    /** Opens an approved report again for correction, with a reason. */
    public void reopen(Long reportId, long version, String reason, SignedInUser user) {
        Report report = lookup.decidable(reportId, version, user);
        report.reopen(stripped(reason), user.id(), clock.instant(), lookup.planOf(report));
        history.status(report, user, "REOPENED", ReportStatus.APPROVED, stripped(reason));
        reports.save(report);
    }

    private static String stripped(String reason) {
        return reason == null ? null : reason.strip();
    }
}
