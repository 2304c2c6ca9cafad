package com.hospitalplan.report;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.Member;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.plan.PlannedMoneyFormat;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting periods, reports and their review; every change is written to the report history. */
@Service
@Transactional
public class ReportService {

    private final ReportingPeriodRepository periods;
    private final ReportRepository reports;
    private final ReportValueRepository values;
    private final ReportMilestoneRepository milestones;
    private final ReportSubTargetRepository subTargets;
    private final ReportSpendingRepository spending;
    private final ReportHistoryRepository history;
    private final PeriodReopeningRepository reopenings;
    private final ReportEvidenceRepository evidence;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final UserService users;
    private final TargetService targets;
    private final LevelScales levelScales;
    private final PlannedMoneyFormat plannedMoney;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            ReportingPeriodRepository periods,
            ReportRepository reports,
            ReportValueRepository values,
            ReportMilestoneRepository milestones,
            ReportSubTargetRepository subTargets,
            ReportSpendingRepository spending,
            ReportHistoryRepository history,
            PeriodReopeningRepository reopenings,
            ReportEvidenceRepository evidence,
            PlanService plans,
            OrganizationService organizations,
            UserService users,
            TargetService targets,
            LevelScales levelScales,
            PlannedMoneyFormat plannedMoney,
            ApplicationEventPublisher events,
            Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.values = values;
        this.milestones = milestones;
        this.subTargets = subTargets;
        this.spending = spending;
        this.history = history;
        this.reopenings = reopenings;
        this.evidence = evidence;
        this.plans = plans;
        this.organizations = organizations;
        this.users = users;
        this.targets = targets;
        this.levelScales = levelScales;
        this.plannedMoney = plannedMoney;
        this.events = events;
        this.clock = clock;
    }

    // Periods

    @Transactional(readOnly = true)
    public List<ReportViews.PeriodView> periods(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ReportNotFoundException("plan", planId);
        }
        return periods.findByPlanIdOrderByStartsOnDesc(planId).stream()
                .map(this::view)
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
    public Optional<String> openPeriod(
            Long planId,
            PeriodKind kind,
            int year,
            int part,
            LocalDate opensOn,
            LocalDate dueOn,
            int graceDays,
            SignedInUser user) {
        requireManager(planId, user);
        if (part < 1 || part > kind.partsPerYear()) {
            return Optional.of("period.error.part");
        }
        if (dueOn.isBefore(opensOn)) {
            return Optional.of("period.error.dueBeforeOpening");
        }
        if (periods.existsByPlanIdAndKindAndYearAndPart(planId, kind, year, part)) {
            return Optional.of("period.error.exists");
        }
        ReportingPeriod period = periods.save(new ReportingPeriod(planId, kind, year, part, opensOn, dueOn, graceDays));
        record(null, period.id(), user, "PERIOD_OPENED", kind + " " + year + "/" + part, null, dueOn.toString(), null);
        ReportingScope scope = plans.reportingScope(planId);
        events.publishEvent(new ReportEvents.PeriodOpened(
                period.id(),
                planId,
                scope.planTitle(),
                period.kind().chineseLabel(period.year(), period.part()),
                reportingUnits(scope)));
        return Optional.empty();
    }

    /** Closes a period; returns its plan's id. */
    public Long closePeriod(Long periodId, SignedInUser user) {
        ReportingPeriod period = period(periodId);
        requireManager(period.planId(), user);
        period.close();
        record(null, periodId, user, "PERIOD_CLOSED", null, PeriodStatus.OPEN.name(), PeriodStatus.CLOSED.name(), null);
        return period.planId();
    }

    /**
     * Lets one institution report after the period has locked, until {@code until}; only reviewers of the
     * institution's region do this, with a reason, and it is recorded.
     */
    public void reopenFor(Long periodId, Long organizationId, LocalDate until, String reason, SignedInUser user) {
        ReportingPeriod period = period(periodId);
        if (!plans.mayRead(period.planId(), user)) {
            throw new ReportNotFoundException("period", periodId);
        }
        OrganizationView unit = organization(organizationId);
        if (!ReportAccess.canDecide(actor(user), unitOf(unit), organizations.regionTree())) {
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
        record(null, periodId, user, "PERIOD_REOPENED", unit.fullName(), null, until.toString(), reason.strip());
    }

    /** Whether the unit may still report in the period today: the period takes reports, or it was reopened for it. */
    private boolean acceptsReportsFrom(ReportingPeriod period, Long organizationId) {
        LocalDate today = LocalDate.now(clock);
        return period.acceptsReportsOn(today)
                || reopenings.findByPeriodIdAndOrganizationId(period.id(), organizationId).stream()
                        .anyMatch(r -> r.coversOn(today));
    }

    /**
     * Every unit that reports in a period with its report's status, for those who manage the plan's periods
     * (its planners, reviewers who read it, administrators); reviewers see the units of their region only.
     */
    @Transactional(readOnly = true)
    public List<ReportViews.UnitReport> unitReports(Long periodId, SignedInUser user) {
        ReportingPeriod period = period(periodId);
        if (!plans.mayRead(period.planId(), user)) {
            throw new ReportNotFoundException("period", periodId);
        }
        if (!mayManagePeriods(period.planId(), user)) {
            throw new AccessDeniedException("Only the plan's planners and reviewers see all its reports");
        }
        ReportingScope scope = plans.reportingScope(period.planId());
        Map<Long, Report> byUnit = reports.findByPeriodIdIn(List.of(periodId)).stream()
                .collect(Collectors.toMap(Report::organizationId, r -> r));
        java.util.Set<Long> units = reportingUnits(scope);
        Map<Long, OrganizationView> names = organizations.findAll(units);
        ReportAccess.Actor actor = actor(user);
        RegionTree regions = organizations.regionTree();
        boolean planner = plans.mayChange(period.planId(), user);
        boolean overdue = period.isOverdueOn(LocalDate.now(clock));
        return units.stream()
                .map(names::get)
                .filter(Objects::nonNull)
                .filter(unit -> ReportAccess.canRead(actor, unitOf(unit), planner, regions))
                .map(unit -> {
                    Report report = byUnit.get(unit.id());
                    ReportStatus status = report == null ? null : report.status();
                    boolean pending = status == null || status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
                    return new ReportViews.UnitReport(
                            report == null ? null : report.id(), unit.fullName(), status, pending && overdue);
                })
                .toList();
    }

    // Reporters

    /** What the user's organisation has to report, newest period first. */
    @Transactional(readOnly = true)
    public List<ReportViews.Assignment> assignments(SignedInUser user) {
        List<ReportViews.Assignment> result = new ArrayList<>();
        List<PlanSummary> visible = plans.visiblePlans(user);
        Map<Long, ReportingScope> scopes = new HashMap<>();
        for (PlanSummary plan : visible) {
            ReportingScope scope = plans.reportingScope(plan.id());
            if (scope.assigns(user.organizationId())) {
                scopes.put(plan.id(), scope);
            }
        }
        if (scopes.isEmpty()) {
            return result;
        }
        List<ReportingPeriod> open = periods.findByPlanIdInOrderByStartsOnDesc(scopes.keySet());
        Map<Long, Report> own = reports
                .findByPeriodIdIn(open.stream().map(ReportingPeriod::id).toList())
                .stream()
                .filter(r -> r.organizationId().equals(user.organizationId()))
                .collect(Collectors.toMap(Report::periodId, r -> r));
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : open) {
            Report report = own.get(period.id());
            ReportStatus status = report == null ? null : report.status();
            boolean pending = status == null || status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
            result.add(new ReportViews.Assignment(
                    period.planId(),
                    scopes.get(period.planId()).planTitle(),
                    view(period),
                    report == null ? null : report.id(),
                    status,
                    pending && period.isOverdueOn(today)));
        }
        return result;
    }

    /** The user's organisation's report for a period, made on first use; submitting twice makes nothing twice. */
    public Long startReport(Long periodId, SignedInUser user) {
        ReportingPeriod period = period(periodId);
        if (!plans.mayRead(period.planId(), user) || user.role() != Role.REPORTER) {
            throw new ReportNotFoundException("period", periodId);
        }
        if (!plans.reportingScope(period.planId()).assigns(user.organizationId())) {
            throw new AccessDeniedException("Nothing to report for this organisation");
        }
        return reports.findByPeriodIdAndOrganizationId(periodId, user.organizationId())
                .orElseGet(() -> {
                    Report report = reports.saveAndFlush(new Report(periodId, user.organizationId(), clock.instant()));
                    record(report.id(), periodId, user, "CREATED", null, null, null, null);
                    return report;
                })
                .id();
    }

    @Transactional(readOnly = true)
    public ReportViews.ReportPage page(Long reportId, SignedInUser user, Locale locale) {
        Report report = readable(reportId, user);
        ReportingPeriod period = period(report.periodId());
        ReportingScope scope = plans.reportingScope(period.planId());
        OrganizationView unit = organization(report.organizationId());
        ReportAccess.Actor actor = actor(user);
        RegionTree regions = organizations.regionTree();
        ReportAccess.Unit reportUnit = unitOf(unit);

        Map<Long, ReportValue> current = valuesByIndicator(reportId);
        Map<Long, ReportValue> last = lastValues(report, period);
        Map<Long, List<Measurement>> earlier = earlierValues(report, period);
        LevelScaleCatalog scales = levelScales.catalog();
        Judgement judgement = Judgement.of(scope, period.endsOn(), scales);
        Member member = Member.of(unit);
        List<ReportViews.ValueRow> valueRows = new ArrayList<>();
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportValue value = current.get(indicator.id());
            ReportValue previous = last.get(indicator.id());
            Verdict verdict = value == null || value.isEmpty()
                    ? null
                    : judged(judgement, indicator, member, earlier, value, period);
            valueRows.add(new ReportViews.ValueRow(
                    indicator.id(),
                    indicator.number(),
                    indicator.name(),
                    indicator.unit(),
                    indicator.valueKind(),
                    levels(indicator, scales),
                    baselineText(indicator),
                    indicator.targetText(),
                    indicator.target() == null ? null : targets.describe(indicator.target(), locale),
                    previous == null ? null : previous.shown(),
                    value == null ? null : value.numberValue(),
                    value == null ? null : value.levelValue(),
                    value == null ? null : value.yesValue(),
                    value == null ? null : value.explanation(),
                    value == null ? null : value.returnReason(),
                    verdict == null ? null : targets.render(verdict.evaluation().explanation(), locale),
                    verdict == null ? null : verdict.status()));
        }
        Map<Long, ReportMilestone> progress = milestones.findByReportId(reportId).stream()
                .collect(Collectors.toMap(ReportMilestone::milestoneId, m -> m));
        Map<ReportSubTarget.Key, ReportSubTarget> parts = subTargetsByKey(reportId);
        Map<ReportSubTarget.Key, List<Measurement>> earlierParts = earlierSubTargetValues(report, period);
        List<ReportViews.MilestoneRow> milestoneRows = scope.milestonesOf(report.organizationId()).stream()
                .map(m -> {
                    ReportMilestone p = progress.get(m.id());
                    List<ReportViews.SubTargetRow> subTargetRows = m.subTargets().stream()
                            .map(sub -> subTargetRow(judgement, sub, parts.get(key(sub)), earlierParts, period, locale))
                            .toList();
                    return new ReportViews.MilestoneRow(
                            m.id(),
                            m.title(),
                            m.dueYear(),
                            p == null ? null : p.status(),
                            p == null ? null : p.percentDone(),
                            p == null ? null : p.remark(),
                            subTargetRows);
                })
                .toList();
        Map<Long, ReportSpending> spent = spending.findByReportId(reportId).stream()
                .collect(Collectors.toMap(ReportSpending::budgetLineId, s -> s));
        List<ReportViews.SpendingRow> spendingRows = scope.budgetLinesOf(report.organizationId()).stream()
                .map(b -> {
                    ReportSpending s = spent.get(b.id());
                    String label =
                            b.fundingSource() + " · " + b.category() + (b.year() == null ? "" : " · " + b.year());
                    return new ReportViews.SpendingRow(
                            b.id(),
                            label,
                            plannedMoney.amount(b.amount(), locale),
                            s == null ? null : s.amount(),
                            s == null ? null : s.remark());
                })
                .toList();
        List<ReportViews.HistoryRow> historyRows = historyOf(reportId);
        boolean writable = ReportAccess.canWrite(actor, reportUnit)
                && report.isEditable()
                && acceptsReportsFrom(period, report.organizationId());
        return new ReportViews.ReportPage(
                report.id(),
                period.planId(),
                scope.planTitle(),
                view(period),
                unit.id(),
                unit.fullName(),
                report.status(),
                writable,
                ReportAccess.canDecide(actor, reportUnit, regions) && report.status() == ReportStatus.SUBMITTED,
                ReportAccess.canDecide(actor, reportUnit, regions) && report.status() == ReportStatus.APPROVED,
                ReportAccess.canDecide(actor, reportUnit, regions)
                        && report.isEditable()
                        && !acceptsReportsFrom(period, report.organizationId()),
                report.achievements(),
                report.problems(),
                report.nextSteps(),
                report.returnReason(),
                valueRows,
                milestoneRows,
                spendingRows,
                evidence.listOfReport(reportId),
                historyRows,
                changesSinceReturn(historyRows),
                report.version());
    }

    /** Saves what the reporter entered, as a draft; every changed item is written to the history. */
    public void save(Long reportId, long version, ReportInput input, SignedInUser user) {
        Report report = writable(reportId, version, user);
        ReportingScope scope = plans.reportingScope(period(report.periodId()).planId());
        Instant now = clock.instant();
        Map<Long, ReportValue> current = valuesByIndicator(reportId);
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportInput.Value entered = input.values().get(indicator.id());
            if (entered == null) {
                continue;
            }
            ReportValue value = current.computeIfAbsent(indicator.id(), id -> new ReportValue(reportId, id));
            String before = value.shown();
            if (value.set(
                    entered.number(),
                    blankToNull(entered.level()),
                    entered.yes(),
                    blankToNull(entered.explanation()))) {
                values.save(value);
                record(
                        reportId,
                        report.periodId(),
                        user,
                        "VALUE",
                        indicator.name(),
                        before,
                        value.shown(),
                        value.explanation());
            }
        }
        Map<Long, ReportMilestone> progress = milestones.findByReportId(reportId).stream()
                .collect(Collectors.toMap(ReportMilestone::milestoneId, m -> m));
        Map<ReportSubTarget.Key, ReportSubTarget> parts = subTargetsByKey(reportId);
        for (ReportingScope.MilestoneItem milestone : scope.milestonesOf(report.organizationId())) {
            ReportInput.Progress entered = input.milestones().get(milestone.id());
            if (entered == null) {
                continue;
            }
            ReportMilestone row = progress.computeIfAbsent(milestone.id(), id -> new ReportMilestone(reportId, id));
            String before = row.shown();
            if (row.set(entered.status(), entered.percentDone(), blankToNull(entered.remark()))) {
                milestones.save(row);
                record(reportId, report.periodId(), user, "MILESTONE", milestone.title(), before, row.shown(), null);
            }
            for (ReportingScope.SubTargetItem sub : milestone.subTargets()) {
                ReportInput.SubTargetValue value = entered.subTargets().get(sub.position());
                if (value == null) {
                    continue;
                }
                ReportSubTarget part = parts.computeIfAbsent(
                        key(sub), k -> new ReportSubTarget(reportId, k.milestoneId(), k.position()));
                String shownBefore = part.shown();
                if (part.set(value.number(), value.yes())) {
                    subTargets.save(part);
                    record(
                            reportId,
                            report.periodId(),
                            user,
                            "SUB_TARGET",
                            milestone.title() + " · " + sub.label(),
                            shownBefore,
                            part.shown(),
                            null);
                }
            }
        }
        Map<Long, ReportSpending> spent = spending.findByReportId(reportId).stream()
                .collect(Collectors.toMap(ReportSpending::budgetLineId, s -> s));
        for (ReportingScope.BudgetItem line : scope.budgetLinesOf(report.organizationId())) {
            ReportInput.Spending entered = input.spending().get(line.id());
            if (entered == null) {
                continue;
            }
            ReportSpending row = spent.computeIfAbsent(line.id(), id -> new ReportSpending(reportId, id));
            String before = row.shown();
            if (row.set(entered.amount(), blankToNull(entered.remark()))) {
                spending.save(row);
                record(
                        reportId,
                        report.periodId(),
                        user,
                        "SPENDING",
                        line.fundingSource() + " · " + line.category(),
                        before,
                        row.shown(),
                        null);
            }
        }
        if (!Objects.equals(report.achievements(), blankToNull(input.achievements()))
                || !Objects.equals(report.problems(), blankToNull(input.problems()))
                || !Objects.equals(report.nextSteps(), blankToNull(input.nextSteps()))) {
            report.describe(
                    blankToNull(input.achievements()),
                    blankToNull(input.problems()),
                    blankToNull(input.nextSteps()),
                    now);
            record(reportId, report.periodId(), user, "NARRATIVE", null, null, null, null);
        }
    }

    /**
     * Submits the saved report; refused with the list of problems while it is not complete. Submitting a report
     * that is already submitted is refused, so a repeated click changes nothing.
     */
    public void submit(Long reportId, long version, SignedInUser user) {
        Report report = writable(reportId, version, user);
        ReportingPeriod period = period(report.periodId());
        ReportingScope scope = plans.reportingScope(period.planId());
        Map<Long, ReportValue> current = valuesByIndicator(reportId);
        Map<Long, ReportValue> last = lastValues(report, period);
        Map<Long, List<Measurement>> earlier = earlierValues(report, period);
        Judgement judgement = Judgement.of(scope, period.endsOn(), levelScales.catalog());
        Member member = Member.of(organization(report.organizationId()));
        List<SubmissionCheck.ValueInput> valueInputs = new ArrayList<>();
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportValue value = current.get(indicator.id());
            boolean present = value != null && !value.isEmpty();
            boolean offTrack = present
                    && judged(judgement, indicator, member, earlier, value, period)
                                    .status()
                            == Status.OFF_TRACK;
            valueInputs.add(new SubmissionCheck.ValueInput(
                    indicator.id(),
                    present,
                    value == null ? null : value.numberValue(),
                    last.get(indicator.id()) == null
                            ? null
                            : last.get(indicator.id()).numberValue(),
                    offTrack,
                    value == null ? null : value.explanation()));
        }
        Map<Long, ReportMilestone> progress = milestones.findByReportId(reportId).stream()
                .collect(Collectors.toMap(ReportMilestone::milestoneId, m -> m));
        Map<ReportSubTarget.Key, ReportSubTarget> parts = subTargetsByKey(reportId);
        Map<ReportSubTarget.Key, List<Measurement>> earlierParts = earlierSubTargetValues(report, period);
        List<SubmissionCheck.MilestoneInput> milestoneInputs = scope.milestonesOf(report.organizationId()).stream()
                .map(m -> {
                    ReportMilestone p = progress.get(m.id());
                    boolean subTargetOffTrack = m.subTargets().stream()
                            .map(sub -> subTargetVerdict(judgement, sub, parts.get(key(sub)), earlierParts, period))
                            .anyMatch(v -> v != null && v.status() == Status.OFF_TRACK);
                    return new SubmissionCheck.MilestoneInput(
                            m.id(), p == null ? null : p.status(), subTargetOffTrack, p == null ? null : p.remark());
                })
                .toList();
        List<SubmissionCheck.Problem> problems = SubmissionCheck.problems(valueInputs, milestoneInputs);
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(problems.stream()
                    .map(p -> new SubmissionRefusedException.Problem(p.field(), p.messageKey()))
                    .toList());
        }
        report.submit(user.id(), clock.instant());
        record(reportId, report.periodId(), user, "SUBMITTED", null, null, ReportStatus.SUBMITTED.name(), null);
        valuesChanged(report);
    }

    /**
     * Attaches an evidence file (PDF, image or Office document of at most {@link EvidenceType#MAX_BYTES}).
     *
     * @return the message key of the reason it was refused, or empty
     */
    public Optional<String> addEvidence(Long reportId, String filename, byte[] content, SignedInUser user) {
        Report report = readable(reportId, user);
        Report writable = writable(reportId, report.version(), user);
        if (content == null || content.length == 0) {
            return Optional.of("evidence.error.empty");
        }
        if (content.length > EvidenceType.MAX_BYTES) {
            return Optional.of("evidence.error.tooLarge");
        }
        String name = filename == null
                ? ""
                : filename.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        if (name.isEmpty() || name.length() > 255) {
            return Optional.of("evidence.error.name");
        }
        Optional<EvidenceType> type = EvidenceType.of(name, content);
        if (type.isEmpty()) {
            return Optional.of("evidence.error.type");
        }
        evidence.save(new ReportEvidence(reportId, name, type.get(), content, user.id(), clock.instant()));
        record(reportId, writable.periodId(), user, "EVIDENCE_ADDED", name, null, String.valueOf(content.length), null);
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public ReportViews.EvidenceFile evidenceFile(Long reportId, Long evidenceId, SignedInUser user) {
        readable(reportId, user);
        ReportEvidence file = ownEvidence(reportId, evidenceId);
        return new ReportViews.EvidenceFile(file.filename(), file.contentType(), file.content());
    }

    public void removeEvidence(Long reportId, Long evidenceId, SignedInUser user) {
        Report report = readable(reportId, user);
        writable(reportId, report.version(), user);
        ReportEvidence file = ownEvidence(reportId, evidenceId);
        file.remove(clock.instant());
        record(reportId, report.periodId(), user, "EVIDENCE_REMOVED", file.filename(), null, null, null);
    }

    private ReportEvidence ownEvidence(Long reportId, Long evidenceId) {
        return evidence.findById(evidenceId)
                .filter(e -> e.reportId().equals(reportId) && !e.isRemoved())
                .orElseThrow(() -> new ReportNotFoundException("evidence", evidenceId));
    }

    /**
     * Tells the units that have not submitted yet that an open period is due within {@code daysAhead} days or is
     * overdue. Run daily; the notifications themselves are made once per person and period.
     */
    public void remindDueReports(int daysAhead) {
        LocalDate today = LocalDate.now(clock);
        for (ReportingPeriod period : periods.findAll()) {
            if (!period.acceptsReportsOn(today) && !period.isOverdueOn(today)) {
                continue;
            }
            if (period.status() == PeriodStatus.CLOSED) {
                continue;
            }
            boolean overdue = period.isOverdueOn(today);
            if (!overdue && period.dueOn().isAfter(today.plusDays(daysAhead))) {
                continue;
            }
            ReportingScope scope = plans.reportingScope(period.planId());
            java.util.Set<Long> pending = new java.util.HashSet<>(reportingUnits(scope));
            reports.findByPeriodIdIn(List.of(period.id())).stream()
                    .filter(r -> r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.APPROVED)
                    .forEach(r -> pending.remove(r.organizationId()));
            if (!pending.isEmpty()) {
                events.publishEvent(new ReportEvents.ReportsDue(
                        period.id(), scope.planTitle(), period.dueOn().toString(), overdue, pending));
            }
        }
    }

    private static java.util.Set<Long> reportingUnits(ReportingScope scope) {
        java.util.Set<Long> units = new java.util.LinkedHashSet<>();
        scope.indicators().forEach(i -> units.addAll(i.reporters()));
        scope.milestones().forEach(m -> units.addAll(m.reporters()));
        scope.budgetLines().forEach(b -> units.addAll(b.reporters()));
        return units;
    }

    // Reviewers

    @Transactional(readOnly = true)
    public List<ReportViews.ReviewItem> reviewQueue(SignedInUser user) {
        if (user.role() != Role.REVIEWER) {
            return List.of();
        }
        ReportAccess.Actor actor = actor(user);
        RegionTree regions = organizations.regionTree();
        List<Report> submitted = reports.findByStatusOrderBySubmittedAtAsc(ReportStatus.SUBMITTED);
        Map<Long, OrganizationView> units = organizations.findAll(
                submitted.stream().map(Report::organizationId).collect(Collectors.toSet()));
        List<ReportViews.ReviewItem> queue = new ArrayList<>();
        for (Report report : submitted) {
            OrganizationView unit = units.get(report.organizationId());
            if (unit != null && ReportAccess.canDecide(actor, unitOf(unit), regions)) {
                ReportingPeriod period = period(report.periodId());
                queue.add(new ReportViews.ReviewItem(
                        report.id(),
                        plans.reportingScope(period.planId()).planTitle(),
                        view(period),
                        unit.fullName(),
                        report.submittedAt()));
            }
        }
        return queue;
    }

    public void approve(Long reportId, long version, SignedInUser user) {
        Report report = decidable(reportId, version, user);
        report.approve(user.id(), clock.instant());
        valuesChanged(report);
        values.findByReportId(reportId).forEach(value -> value.returnWith(null));
        events.publishEvent(new ReportEvents.ReportApproved(
                reportId,
                report.organizationId(),
                plans.reportingScope(period(report.periodId()).planId()).planTitle()));
        record(
                reportId,
                report.periodId(),
                user,
                "APPROVED",
                null,
                ReportStatus.SUBMITTED.name(),
                ReportStatus.APPROVED.name(),
                null);
    }

    /** Returns a report with a reason for the whole report and, optionally, for single values. */
    public void returnReport(
            Long reportId, long version, String reason, Map<Long, String> valueReasons, SignedInUser user) {
        Report report = decidable(reportId, version, user);
        report.returnToReporter(reason == null ? null : reason.strip(), user.id(), clock.instant());
        valuesChanged(report);
        Map<Long, ReportValue> current = valuesByIndicator(reportId);
        current.values().forEach(v -> v.returnWith(null));
        valueReasons.forEach((indicatorId, valueReason) -> {
            ReportValue value = current.get(indicatorId);
            if (value != null && valueReason != null && !valueReason.isBlank()) {
                value.returnWith(valueReason.strip());
            }
        });
        record(
                reportId,
                report.periodId(),
                user,
                "RETURNED",
                null,
                ReportStatus.SUBMITTED.name(),
                ReportStatus.RETURNED.name(),
                reason);
        events.publishEvent(new ReportEvents.ReportReturned(
                reportId,
                report.organizationId(),
                plans.reportingScope(period(report.periodId()).planId()).planTitle(),
                reason));
    }

    public void reopen(Long reportId, long version, String reason, SignedInUser user) {
        Report report = readable(reportId, user);
        if (!ReportAccess.canDecide(
                actor(user), unitOf(organization(report.organizationId())), organizations.regionTree())) {
            throw new AccessDeniedException("Only reviewers of the unit's region reopen its reports");
        }
        checkVersion(report, version);
        report.reopen(reason == null ? null : reason.strip(), user.id(), clock.instant());
        valuesChanged(report);
        record(
                reportId,
                report.periodId(),
                user,
                "REOPENED",
                null,
                ReportStatus.APPROVED.name(),
                ReportStatus.RETURNED.name(),
                reason);
    }

    // Shared

    /** Tells the dashboards that the submitted or approved values of a report changed. */
    private void valuesChanged(Report report) {
        events.publishEvent(
                new ReportEvents.ValuesChanged(period(report.periodId()).planId(), report.organizationId()));
    }

    private Report readable(Long reportId, SignedInUser user) {
        Report report = reports.findById(reportId).orElseThrow(() -> new ReportNotFoundException("report", reportId));
        ReportingPeriod period = period(report.periodId());
        boolean planner = plans.mayChange(period.planId(), user);
        if (!ReportAccess.canRead(
                actor(user), unitOf(organization(report.organizationId())), planner, organizations.regionTree())) {
            throw new ReportNotFoundException("report", reportId);
        }
        return report;
    }

    private Report writable(Long reportId, long version, SignedInUser user) {
        Report report = readable(reportId, user);
        if (!ReportAccess.canWrite(actor(user), unitOf(organization(report.organizationId())))) {
            throw new AccessDeniedException("Only the unit's reporters write its report");
        }
        checkVersion(report, version);
        report.requireEditable();
        if (!acceptsReportsFrom(period(report.periodId()), report.organizationId())) {
            throw new ReportStateException("report.error.periodLocked");
        }
        return report;
    }

    private Report decidable(Long reportId, long version, SignedInUser user) {
        Report report = readable(reportId, user);
        if (!ReportAccess.canDecide(
                actor(user), unitOf(organization(report.organizationId())), organizations.regionTree())) {
            throw new AccessDeniedException("Only reviewers of the unit's region decide its reports");
        }
        checkVersion(report, version);
        return report;
    }

    private static void checkVersion(Report report, long version) {
        if (report.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Report.class, report.id());
        }
    }

    private void requireManager(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ReportNotFoundException("plan", planId);
        }
        if (!mayManagePeriods(planId, user)) {
            throw new AccessDeniedException("Only the plan's planners and reviewers manage its periods");
        }
    }

    private ReportingPeriod period(Long periodId) {
        return periods.findById(periodId).orElseThrow(() -> new ReportNotFoundException("period", periodId));
    }

    private OrganizationView organization(Long id) {
        return organizations.find(id).orElseThrow(() -> new IllegalStateException("No organisation " + id));
    }

    private ReportAccess.Actor actor(SignedInUser user) {
        OrganizationView organization = organization(user.organizationId());
        return new ReportAccess.Actor(
                user.role(),
                organization.id(),
                organization.parentId(),
                organization.regionCode(),
                organization.regionWide());
    }

    private static ReportAccess.Unit unitOf(OrganizationView unit) {
        return new ReportAccess.Unit(unit.id(), unit.parentId(), unit.regionCode());
    }

    private ReportViews.PeriodView view(ReportingPeriod period) {
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

    /** A report's values, by indicator. */
    private Map<Long, ReportValue> valuesByIndicator(Long reportId) {
        return values.findByReportId(reportId).stream().collect(Collectors.toMap(ReportValue::indicatorId, v -> v));
    }

    /** The unit's latest values from earlier periods of the same plan (approved ones first). */
    private Map<Long, ReportValue> lastValues(Report report, ReportingPeriod current) {
        List<ReportingPeriod> earlier = periods.findByPlanIdOrderByStartsOnDesc(current.planId()).stream()
                .filter(p -> p.endsOn().isBefore(current.startsOn()))
                .toList();
        if (earlier.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportingPeriod> byId = earlier.stream().collect(Collectors.toMap(ReportingPeriod::id, p -> p));
        List<Report> previous = reports.findByPeriodIdIn(byId.keySet()).stream()
                .filter(r -> r.organizationId().equals(report.organizationId()))
                .sorted(Comparator.comparing(
                                (Report r) -> byId.get(r.periodId()).endsOn())
                        .reversed())
                .toList();
        Map<Long, ReportValue> last = new HashMap<>();
        if (previous.isEmpty()) {
            return last;
        }
        Map<Long, List<ReportValue>> byReport =
                values.findByReportIdIn(previous.stream().map(Report::id).toList()).stream()
                        .collect(Collectors.groupingBy(ReportValue::reportId));
        for (Report r : previous) {
            for (ReportValue v : byReport.getOrDefault(r.id(), List.of())) {
                if (!v.isEmpty()) {
                    last.putIfAbsent(v.indicatorId(), v);
                }
            }
        }
        return last;
    }

    /**
     * The reported value judged as the dashboards judge it: by {@link Judgement}, for this institution, together with
     * its values of earlier periods that the dashboards count (submitted or approved), on the last day of the period.
     */
    private static Verdict judged(
            Judgement judgement,
            ReportingScope.IndicatorItem indicator,
            Member member,
            Map<Long, List<Measurement>> earlier,
            ReportValue value,
            ReportingPeriod period) {
        List<Measurement> values = new ArrayList<>(earlier.getOrDefault(indicator.id(), List.of()));
        values.add(new Measurement(period.endsOn(), value.numberValue(), value.levelValue(), value.yesValue()));
        return judgement.institution(indicator, indicator.target(), member, values);
    }

    /** The unit's values of earlier periods of the plan in submitted or approved reports, by indicator. */
    private Map<Long, List<Measurement>> earlierValues(Report report, ReportingPeriod current) {
        Map<Long, ReportingPeriod> periodOfReport = earlierReports(report, current);
        if (periodOfReport.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Measurement>> byIndicator = new HashMap<>();
        for (ReportValue v : values.findByReportIdIn(List.copyOf(periodOfReport.keySet()))) {
            if (!v.isEmpty()) {
                byIndicator
                        .computeIfAbsent(v.indicatorId(), k -> new ArrayList<>())
                        .add(new Measurement(
                                periodOfReport.get(v.reportId()).endsOn(),
                                v.numberValue(),
                                v.levelValue(),
                                v.yesValue()));
            }
        }
        return byIndicator;
    }

    /** The unit's sub-target values of earlier periods of the plan in submitted or approved reports. */
    private Map<ReportSubTarget.Key, List<Measurement>> earlierSubTargetValues(Report report, ReportingPeriod current) {
        Map<Long, ReportingPeriod> periodOfReport = earlierReports(report, current);
        if (periodOfReport.isEmpty()) {
            return Map.of();
        }
        Map<ReportSubTarget.Key, List<Measurement>> byKey = new HashMap<>();
        for (ReportSubTarget part : subTargets.findByReportIdIn(List.copyOf(periodOfReport.keySet()))) {
            if (!part.isEmpty()) {
                byKey.computeIfAbsent(part.key(), k -> new ArrayList<>())
                        .add(measurement(part, periodOfReport.get(part.reportId())));
            }
        }
        return byKey;
    }

    /** The unit's submitted or approved reports of earlier periods of the plan, with their periods. */
    private Map<Long, ReportingPeriod> earlierReports(Report report, ReportingPeriod current) {
        Map<Long, ReportingPeriod> earlier = periods.findByPlanIdOrderByStartsOnDesc(current.planId()).stream()
                .filter(p -> p.endsOn().isBefore(current.startsOn()))
                .collect(Collectors.toMap(ReportingPeriod::id, p -> p));
        if (earlier.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportingPeriod> periodOfReport = new HashMap<>();
        reports.findByPeriodIdIn(earlier.keySet()).stream()
                .filter(r -> r.organizationId().equals(report.organizationId()))
                .filter(r -> r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.APPROVED)
                .forEach(r -> periodOfReport.put(r.id(), earlier.get(r.periodId())));
        return periodOfReport;
    }

    /** A sub-target's row on the report: its reading as a sentence, the value entered and, if any, its verdict. */
    private ReportViews.SubTargetRow subTargetRow(
            Judgement judgement,
            ReportingScope.SubTargetItem sub,
            ReportSubTarget part,
            Map<ReportSubTarget.Key, List<Measurement>> earlier,
            ReportingPeriod period,
            Locale locale) {
        Verdict verdict = subTargetVerdict(judgement, sub, part, earlier, period);
        return new ReportViews.SubTargetRow(
                sub.position(),
                sub.label(),
                sub.targetText(),
                sub.target() == null ? null : targets.reading(sub.target(), locale),
                sub.valueKind(),
                sub.target() == null ? null : sub.target().unit(),
                part == null ? null : part.numberValue(),
                part == null ? null : part.yesValue(),
                verdict == null ? null : targets.render(verdict.evaluation().explanation(), locale),
                verdict == null ? null : verdict.status());
    }

    /**
     * The reported value of a sub-target judged by {@link Judgement#subTarget}, together with the unit's earlier values
     * the dashboards count; {@code null} when nothing is reported.
     */
    private static Verdict subTargetVerdict(
            Judgement judgement,
            ReportingScope.SubTargetItem sub,
            ReportSubTarget part,
            Map<ReportSubTarget.Key, List<Measurement>> earlier,
            ReportingPeriod period) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        List<Measurement> values = new ArrayList<>(earlier.getOrDefault(key(sub), List.of()));
        values.add(measurement(part, period));
        return judgement.subTarget(sub, values);
    }

    private Map<ReportSubTarget.Key, ReportSubTarget> subTargetsByKey(Long reportId) {
        return subTargets.findByReportId(reportId).stream().collect(Collectors.toMap(ReportSubTarget::key, p -> p));
    }

    private static ReportSubTarget.Key key(ReportingScope.SubTargetItem sub) {
        return new ReportSubTarget.Key(sub.milestoneId(), sub.position());
    }

    private static Measurement measurement(ReportSubTarget part, ReportingPeriod period) {
        return new Measurement(period.endsOn(), part.numberValue(), null, part.yesValue());
    }

    private static List<String> levels(ReportingScope.IndicatorItem indicator, LevelScaleCatalog scales) {
        LevelScale scale = indicator.valueKind() == ValueKind.LEVEL ? scales.byKey(indicator.levelScale()) : null;
        return scale == null ? List.of() : scale.levels();
    }

    private static String baselineText(ReportingScope.IndicatorItem indicator) {
        String value = indicator.baselineLevel() != null
                ? indicator.baselineLevel()
                : indicator.baselineValue() == null
                        ? null
                        : indicator.baselineValue().stripTrailingZeros().toPlainString();
        if (value == null) {
            return null;
        }
        return indicator.baselineYear() == null ? value : value + "（" + indicator.baselineYear() + "）";
    }

    /**
     * What the reporter changed after the report was last returned (or reopened), so that the reviewer of a
     * resubmitted report reads only that; empty for a report that was never sent back.
     */
    static List<ReportViews.HistoryRow> changesSinceReturn(List<ReportViews.HistoryRow> history) {
        int lastReturn = -1;
        for (int i = 0; i < history.size(); i++) {
            String action = history.get(i).action();
            if (action.equals("RETURNED") || action.equals("REOPENED")) {
                lastReturn = i;
            }
        }
        if (lastReturn < 0) {
            return List.of();
        }
        return history.subList(lastReturn + 1, history.size()).stream()
                .filter(h -> !h.action().equals("SUBMITTED") && !h.action().equals("APPROVED"))
                .toList();
    }

    private List<ReportViews.HistoryRow> historyOf(Long reportId) {
        List<ReportHistory> rows = history.findByReportIdOrderByAtAscIdAsc(reportId);
        Map<Long, String> names =
                users.displayNames(rows.stream().map(ReportHistory::actorId).collect(Collectors.toSet()));
        return rows.stream()
                .map(h -> new ReportViews.HistoryRow(
                        h.at(),
                        names.getOrDefault(h.actorId(), ""),
                        h.action(),
                        h.item(),
                        h.oldValue(),
                        h.newValue(),
                        h.reason()))
                .toList();
    }

    private void record(
            Long reportId,
            Long periodId,
            SignedInUser user,
            String action,
            String item,
            String oldValue,
            String newValue,
            String reason) {
        history.save(new ReportHistory(
                reportId, periodId, user.id(), clock.instant(), action, item, oldValue, newValue, reason));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
