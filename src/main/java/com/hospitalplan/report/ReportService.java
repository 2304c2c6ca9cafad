package com.hospitalplan.report;

import com.hospitalplan.user.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The reporting module in one place for other modules and their tests: the periods of a plan, a unit's report from
 * start to approval, and a report's page. It only hands each call to the service that owns it ({@link
 * ReportingPeriods}, {@link ReportDrafting}, {@link ReportEvidenceService}, {@link ReportDecisions}, {@link
 * ReportPages}); the reporting pages use those directly.
 */
@Service
public class ReportService {

    private final ReportingPeriods periods;
    private final ReportDrafting drafting;
    private final ReportEvidenceService evidence;
    private final ReportDecisions decisions;
    private final ReportPages pages;

    ReportService(
            ReportingPeriods periods,
            ReportDrafting drafting,
            ReportEvidenceService evidence,
            ReportDecisions decisions,
            ReportPages pages) {
        this.periods = periods;
        this.drafting = drafting;
        this.evidence = evidence;
        this.decisions = decisions;
        this.pages = pages;
    }

    /** See {@link ReportingPeriods#periods}. */
    public List<ReportViews.PeriodView> periods(Long planId, SignedInUser user) {
        return periods.periods(planId, user);
    }

    /** See {@link ReportingPeriods#openPeriod}. */
    public Optional<String> openPeriod(
            Long planId,
            PeriodKind kind,
            int year,
            int part,
            LocalDate opensOn,
            LocalDate dueOn,
            int graceDays,
            SignedInUser user) {
        return periods.openPeriod(planId, new NewPeriod(kind, year, part, opensOn, dueOn, graceDays), user);
    }

    /** See {@link ReportDrafting#startReport}. */
    public Long startReport(Long periodId, SignedInUser user) {
        return drafting.startReport(periodId, user);
    }

    /** See {@link ReportDrafting#save}. */
    public void save(Long reportId, long version, ReportInput input, SignedInUser user) {
        drafting.save(reportId, version, input, user);
    }

    /** See {@link ReportDrafting#submit}. */
    public void submit(Long reportId, long version, SignedInUser user) {
        drafting.submit(reportId, version, user);
    }

    /** See {@link ReportEvidenceService#addEvidence}. */
    public Optional<String> addEvidence(Long reportId, String filename, byte[] content, SignedInUser user) {
        return evidence.addEvidence(reportId, filename, content, user);
    }

    /** See {@link ReportDecisions#approve}. */
    public void approve(Long reportId, long version, SignedInUser user) {
        decisions.approve(reportId, version, user);
    }

    /** See {@link ReportPages#page}. */
    public ReportViews.ReportPage page(Long reportId, SignedInUser user, Locale locale) {
        return pages.page(reportId, user, locale);
    }
}
