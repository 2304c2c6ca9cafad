package com.hospitalplan.report;

import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.plan.LineSpending;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanSummary;
import com.hospitalplan.plan.PlannedMoneyFormat;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of reporting: a unit's list of what to report, and a report as its page shows it. */
@Service
@Transactional(readOnly = true)
public class ReportPages {

    private final ReportRepository reports;
    private final ReportingPeriodRepository periods;
    private final ReportEvidenceRepository evidence;
    private final ReportLookup lookup;
    private final ReportJudging judging;
    private final ReportHistoryLog history;
    private final PlanService plans;
    private final TargetService targets;
    private final PlannedMoneyFormat plannedMoney;
    private final Clock clock;

    ReportPages(
            ReportRepository reports,
            ReportingPeriodRepository periods,
            ReportEvidenceRepository evidence,
            ReportLookup lookup,
            ReportJudging judging,
            ReportHistoryLog history,
            PlanService plans,
            TargetService targets,
            PlannedMoneyFormat plannedMoney,
            Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.evidence = evidence;
        this.lookup = lookup;
        this.judging = judging;
        this.history = history;
        this.plans = plans;
        this.targets = targets;
        this.plannedMoney = plannedMoney;
        this.clock = clock;
    }

    /** What the user's organisation has to report, newest period first. */
    public List<ReportViews.Assignment> assignments(SignedInUser user) {
        Map<Long, ReportingScope> scopes = new HashMap<>();
        for (PlanSummary plan : plans.visiblePlans(user)) {
            ReportingScope scope = plans.reportingScope(plan.id());
            if (scope.assigns(user.organizationId())) {
                scopes.put(plan.id(), scope);
            }
        }
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<ReportingPeriod> open = periods.findByPlanIdInOrderByStartsOnDesc(scopes.keySet());
        // the unit's own reports only: every unit's were as many as the plans' reports (thousands at province scale),
        // loaded for each person's to-do count at once, which filled a 512 MB heap
        Map<Long, Report> own = reports
                .findByPeriodIdInAndOrganizationId(
                        open.stream().map(ReportingPeriod::id).toList(), user.organizationId())
                .stream()
                .collect(Collectors.toMap(Report::periodId, r -> r));
        LocalDate today = LocalDate.now(clock);
        List<ReportViews.Assignment> result = new ArrayList<>();
        for (ReportingPeriod period : open) {
            Report report = own.get(period.id());
            result.add(new ReportViews.Assignment(
                    period.planId(),
                    scopes.get(period.planId()).planTitle(),
                    lookup.view(period),
                    report == null ? null : report.id(),
                    report == null ? null : report.status(),
                    ReportingPeriods.pending(report) && period.isOverdueOn(today)));
        }
        return result;
    }

    /** A report as its page shows it: every row to report with what was entered and how it is judged. */
    public ReportViews.ReportPage page(Long reportId, SignedInUser user, Locale locale) {
        Report report = lookup.readable(reportId, user);
        ReportingPeriod period = lookup.period(report.periodId());
        ReportingScope scope = plans.reportingScope(period.planId());
        OrganizationView unit = lookup.organization(report.organizationId());
        ReportAccess.Actor actor = lookup.actor(user);
        RegionTree regions = lookup.regions();
        ReportAccess.Unit reportUnit = ReportAccess.Unit.of(unit);
        ReportJudging.Judged judged = judging.of(report, period, scope);
        List<ReportViews.HistoryRow> historyRows = history.rows(reportId, locale);
        boolean accepting = lookup.acceptsReportsFrom(period, report.organizationId());
        boolean decider = ReportAccess.canDecide(actor, reportUnit, regions);
        return new ReportViews.ReportPage(
                report.id(),
                period.planId(),
                scope.planTitle(),
                lookup.view(period),
                unit.id(),
                unit.fullName(),
                report.status(),
                ReportAccess.canWrite(actor, reportUnit) && report.isEditable() && accepting,
                decider && report.status() == ReportStatus.SUBMITTED,
                decider && report.status() == ReportStatus.APPROVED,
                decider && report.isEditable() && !accepting,
                report.achievements(),
                report.problems(),
                report.nextSteps(),
                report.returnReason(),
                valueRows(report, scope, judged, locale),
                milestoneRows(report, scope, judged, locale),
                spendingRows(report, scope, judged, locale),
                evidence.listOfReport(reportId),
                historyRows,
                ReportHistoryLog.changesSinceReturn(historyRows),
                report.version());
    }

    private List<ReportViews.ValueRow> valueRows(
            Report report, ReportingScope scope, ReportJudging.Judged judged, Locale locale) {
        List<ReportViews.ValueRow> rows = new ArrayList<>();
        for (ReportingScope.IndicatorItem indicator : scope.indicatorsOf(report.organizationId())) {
            ReportValue value = report.values().get(indicator.id());
            ReportValue previous = judged.last().get(indicator.id());
            Verdict verdict = judged.value(indicator, value);
            rows.add(new ReportViews.ValueRow(
                    indicator.id(),
                    indicator.number(),
                    indicator.name(),
                    indicator.unit(),
                    indicator.valueKind(),
                    levels(indicator, judged),
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
        return rows;
    }

    private List<ReportViews.MilestoneRow> milestoneRows(
            Report report, ReportingScope scope, ReportJudging.Judged judged, Locale locale) {
        return scope.milestonesOf(report.organizationId()).stream()
                .map(m -> {
                    ReportMilestone p = report.milestones().get(m.id());
                    List<ReportViews.SubTargetRow> subTargetRows = m.subTargets().stream()
                            .map(sub -> subTargetRow(
                                    sub,
                                    report.subTarget(ReportJudging.Judged.key(sub))
                                            .orElse(null),
                                    judged,
                                    locale))
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
    }

    /** A sub-target's row on the report: its reading as a sentence, the value entered and, if any, its verdict. */
    private ReportViews.SubTargetRow subTargetRow(
            ReportingScope.SubTargetItem sub, ReportSubTarget part, ReportJudging.Judged judged, Locale locale) {
        Verdict verdict = judged.subTarget(sub, part);
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

    private List<ReportViews.SpendingRow> spendingRows(
            Report report, ReportingScope scope, ReportJudging.Judged judged, Locale locale) {
        return scope.budgetLinesOf(report.organizationId()).stream()
                .map(b -> {
                    ReportSpending s = report.spending().get(b.id());
                    String label =
                            b.fundingSource() + " · " + b.category() + (b.year() == null ? "" : " · " + b.year());
                    BigDecimal before = judged.approvedSpending().get(b.id());
                    LineSpending spending = b.spending(before, s == null ? null : s.amount());
                    return new ReportViews.SpendingRow(
                            b.id(),
                            label,
                            plannedMoney.amount(b.amount(), locale),
                            s == null ? null : s.amount(),
                            s == null ? null : s.remark(),
                            before,
                            spending.cumulative(),
                            spending.overPlan());
                })
                .toList();
    }

    private static List<String> levels(ReportingScope.IndicatorItem indicator, ReportJudging.Judged judged) {
        LevelScale scale =
                indicator.valueKind() == ValueKind.LEVEL ? judged.scales().byKey(indicator.levelScale()) : null;
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
}
