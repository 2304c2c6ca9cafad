package com.hospitalplan.report;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ValueRange;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reporter's work on the unit's report: starting it, saving what was entered as a draft, and submitting it once it
 * passes the {@link SubmissionCheck}. Every changed item is written to the history.
 */
@Service
@Transactional
public class ReportDrafting {

    private final ReportRepository reports;
    private final ReportLookup lookup;
    private final ReportHistoryLog history;
    private final ReportSubmissionCheck check;
    private final PlanService plans;
    private final ReportSections sections;
    private final Clock clock;

    ReportDrafting(
            ReportRepository reports,
            ReportLookup lookup,
            ReportHistoryLog history,
            ReportSubmissionCheck check,
            PlanService plans,
            ReportSections sections,
            Clock clock) {
        this.reports = reports;
        this.lookup = lookup;
        this.history = history;
        this.check = check;
        this.plans = plans;
        this.sections = sections;
        this.clock = clock;
    }

    /** The user's organisation's report for a period, made on first use; starting twice makes nothing twice. */
    public Long startReport(Long periodId, SignedInUser user) {
        ReportingPeriod period = lookup.period(periodId);
        if (!plans.mayRead(period.planId(), user) || user.role() != Role.REPORTER) {
            throw new ReportNotFoundException("period", periodId);
        }
        if (!plans.reportingScope(period.planId()).assigns(user.organizationId())) {
            throw new AccessDeniedException("Nothing to report for this organisation");
        }
        return reports.findByPeriodIdAndOrganizationId(periodId, user.organizationId())
                .orElseGet(() -> {
                    Report report = reports.saveAndFlush(new Report(periodId, user.organizationId(), clock.instant()));
                    history.of(report, user, "CREATED", null, null, null);
                    return report;
                })
                .id();
    }

    /**
     * Where the user's unit stands in a period, for a feature that writes its {@link ReportSection} from elsewhere
     * (a workbook): the unit's report if started, and why it may not be written now, if so. The same readers as
     * {@link #startReport}: a reporter of a unit that may read the plan; everyone else is "not found".
     */
    @Transactional(readOnly = true)
    public UnitPeriod unitPeriod(Long periodId, SignedInUser user) {
        ReportingPeriod period = lookup.period(periodId);
        if (!plans.mayRead(period.planId(), user) || user.role() != Role.REPORTER) {
            throw new ReportNotFoundException("period", periodId);
        }
        ReportingScope scope = plans.reportingScope(period.planId());
        Report report = reports.findByPeriodIdAndOrganizationId(periodId, user.organizationId())
                .orElse(null);
        String locked = null;
        if (!scope.assigns(user.organizationId())) {
            locked = "report.error.nothingToReport";
        } else if (!lookup.acceptsReportsFrom(period, user.organizationId())) {
            locked = "report.error.periodLocked";
        } else if (report != null && !report.isEditable()) {
            locked = "report.workbook.notEditable";
        }
        return new UnitPeriod(
                lookup.view(period),
                scope.planTitle(),
                user.organizationId(),
                lookup.organization(user.organizationId()).fullName(),
                report == null ? null : report.id(),
                report == null ? NOT_STARTED : report.version(),
                locked);
    }

    /** The version {@link UnitPeriod} gives a report not started yet. */
    public static final long NOT_STARTED = -1;

    /**
     * A reporting unit in a period as {@link #unitPeriod} finds it.
     *
     * @param reportId the unit's report, or {@code null} when not started
     * @param version the report's version, or {@link #NOT_STARTED}
     * @param locked why the unit may not write its report now (a message key), or {@code null}
     */
    public record UnitPeriod(
            ReportViews.PeriodView period,
            String planTitle,
            Long organizationId,
            String organizationName,
            Long reportId,
            long version,
            String locked) {

        public boolean writable() {
            return locked == null;
        }
    }

    /**
     * Saves what another feature's sections were sent (the parameters the report form would send) into the user's
     * report for the period, starting it if needed, by the report form's rules: the same writer check, version check,
     * editable state and period, the sections' checks, and the history. The rest of the report is left as it is.
     *
     * @param version the report's version the user saw, or {@link #NOT_STARTED} when it was not started then
     * @return the report's id
     */
    public Long saveSections(Long periodId, long version, Map<String, String> sent, SignedInUser user) {
        Long reportId = startReport(periodId, user);
        Report report = lookup.writable(reportId, version == NOT_STARTED ? 0 : version, user);
        sections.save(report, sent, user);
        reports.save(report);
        return reportId;
    }

    /** Saves what the reporter entered, as a draft. */
    public void save(Long reportId, long version, ReportInput input, SignedInUser user) {
        save(reportId, version, input, Map.of(), user);
    }

    /** Saves what the reporter entered and what the form sent for the other features' sections ({@link ReportSection}). */
    public void save(Long reportId, long version, ReportInput input, Map<String, String> sent, SignedInUser user) {
        Report report = lookup.writable(reportId, version, user);
        enter(report, input, user);
        sections.save(report, sent, user);
        reports.save(report);
    }

    /**
     * Submits the saved report; refused with the list of problems while it is not complete. Submitting a report
     * that is already submitted is refused, so a repeated click changes nothing.
     */
    public void submit(Long reportId, long version, SignedInUser user) {
        Report report = lookup.writable(reportId, version, user);
        submit(report, user);
    }

    /**
     * Saves what the reporter entered and submits the report, in one transaction. A refused submission leaves what
     * was entered saved as a draft, so that the reporter puts right only the problems listed.
     */
    @Transactional(noRollbackFor = SubmissionRefusedException.class)
    public void saveAndSubmit(Long reportId, long version, ReportInput input, SignedInUser user) {
        saveAndSubmit(reportId, version, input, Map.of(), user);
    }

    /** {@link #saveAndSubmit(Long, long, ReportInput, SignedInUser)} with the other features' sections. */
    @Transactional(noRollbackFor = SubmissionRefusedException.class)
    public void saveAndSubmit(
            Long reportId, long version, ReportInput input, Map<String, String> sent, SignedInUser user) {
        Report report = lookup.writable(reportId, version, user);
        enter(report, input, user);
        sections.save(report, sent, user);
        submit(report, user);
    }

    private void submit(Report report, SignedInUser user) {
        ReportingPeriod period = lookup.period(report.periodId());
        check.requireComplete(report, period, plans.reportingScope(period.planId()));
        report.submit(user.id(), clock.instant(), lookup.planOf(report));
        history.status(report, user, "SUBMITTED", null, null);
        reports.save(report);
    }

    private void enter(Report report, ReportInput input, SignedInUser user) {
        ReportingScope scope =
                plans.reportingScope(lookup.period(report.periodId()).planId());
        refuseOutOfRange(scope.indicatorsOf(report.organizationId()), input);
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportInput.Value entered = input.values().get(indicator.id());
            if (entered != null) {
                String explanation = blankToNull(entered.explanation());
                report.enterValue(
                                indicator.id(),
                                entered.number(),
                                blankToNull(entered.level()),
                                entered.yes(),
                                explanation)
                        .ifPresent(change -> history.of(report, user, "VALUE", indicator.name(), change, explanation));
            }
        }
        for (ReportingScope.MilestoneItem milestone : scope.milestonesOf(report.organizationId())) {
            ReportInput.Progress entered = input.milestones().get(milestone.id());
            if (entered == null) {
                continue;
            }
            report.enterProgress(milestone.id(), entered.status(), entered.percentDone(), blankToNull(entered.remark()))
                    .ifPresent(change -> history.of(report, user, "MILESTONE", milestone.title(), change, null));
            for (ReportingScope.SubTargetItem sub : milestone.subTargets()) {
                ReportInput.SubTargetValue value = entered.subTargets().get(sub.position());
                if (value != null) {
                    String item = milestone.title() + " · " + sub.label();
                    report.enterSubTarget(ReportJudging.Judged.key(sub), value.number(), value.yes())
                            .ifPresent(change -> history.of(report, user, "SUB_TARGET", item, change, null));
                }
            }
        }
        for (ReportingScope.BudgetItem line : scope.budgetLinesOf(report.organizationId())) {
            ReportInput.Spending entered = input.spending().get(line.id());
            if (entered != null) {
                String item = line.fundingSource() + " · " + line.category()
                        + (line.year() == null ? "" : " · " + line.year());
                report.enterSpending(line.id(), entered.amount(), blankToNull(entered.remark()))
                        .ifPresent(change -> history.of(report, user, "SPENDING", item, change, null));
            }
        }
        if (report.describe(
                blankToNull(input.achievements()),
                blankToNull(input.problems()),
                blankToNull(input.nextSteps()),
                clock.instant())) {
            history.of(report, user, "NARRATIVE", null, null, null);
        }
    }

    /** Refuses the whole input when a value lies outside its indicator's range ({@link ValueRange}). */
    private static void refuseOutOfRange(List<ReportingScope.IndicatorItem> indicators, ReportInput input) {
        List<ReportInputRefusedException.Problem> problems = new ArrayList<>();
        for (ReportingScope.IndicatorItem indicator : indicators) {
            ReportInput.Value entered = input.values().get(indicator.id());
            ValueRange range = indicator.valueRange();
            if (entered != null && !range.contains(entered.number())) {
                problems.add(new ReportInputRefusedException.Problem(
                        "values[" + indicator.id() + "].number",
                        "report.input.percentRange",
                        new Object[] {shown(range.lowest(), "−∞"), shown(range.highest(), "∞")}));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReportInputRefusedException(problems);
        }
    }

    private static String shown(BigDecimal limit, String none) {
        return limit == null ? none : limit.toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
