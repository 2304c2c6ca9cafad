package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.GoalRow;
import com.hospitalplan.dashboard.DashboardViews.MilestoneCounts;
import com.hospitalplan.dashboard.DashboardViews.MilestoneRow;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.DashboardViews.SubTargetRow;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.GoalItem;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.MilestoneItem;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.user.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/** The plan dashboard: how a plan's indicators, milestones and money stand over the institutions the user sees. */
@Service
public class PlanDashboards {

    private final DashboardAccess access;
    private final DashboardReadModel readModel;
    private final ScoreRows scoreRows;

    PlanDashboards(DashboardAccess access, DashboardReadModel readModel, ScoreRows scoreRows) {
        this.access = access;
        this.readModel = readModel;
        this.scoreRows = scoreRows;
    }

    public PlanDashboard plan(Long planId, SignedInUser user, Basis basis, TargetVariant variant, Locale locale) {
        PlanStandings standings = access.readable(planId, user);
        return plan(standings, planId, access.visibleUnits(standings, planId, user), basis, variant, locale);
    }

    /** The plan dashboard over the institutions shown, built once per snapshot. */
    PlanDashboard plan(
            PlanStandings standings, Long planId, Set<Long> shown, Basis basis, TargetVariant variant, Locale locale) {
        return readModel.view(
                new ViewKey.Plan(planId, standings.revision(), shown, basis, variant, locale),
                () -> build(standings, planId, shown, basis, variant, locale));
    }

    private PlanDashboard build(
            PlanStandings standings, Long planId, Set<Long> shown, Basis basis, TargetVariant variant, Locale locale) {
        ReportingScope scope = standings.scope();
        Switches switches = ScoreRows.switches(scope, basis, variant);
        List<ScoreRow> scorecard = new ArrayList<>();
        Map<Long, Status> statusOf = new HashMap<>();
        for (IndicatorItem indicator : scope.indicators()) {
            if (indicator.reporters().stream().noneMatch(shown::contains)) {
                continue;
            }
            ScoreRow row = scoreRows.scoreRow(standings, indicator, shown, basis, variant, List.of(), locale);
            scorecard.add(row);
            statusOf.put(indicator.id(), row.status());
        }
        List<StatusCount> counts = ScoreRows.counts(statusOf.values());
        LocalDate today = standings.asOf();
        MilestoneCounts milestones =
                PlanTallies.milestoneCounts(standings, scope.milestones(), shown, basis, today, m -> true);
        MoneyTally money = PlanTallies.money(standings, scope.budgetLines(), shown, basis, b -> true);
        return new PlanDashboard(
                planId,
                scope.planTitle(),
                scope.startYear(),
                scope.endYear(),
                switches,
                shown.size(),
                standings.units().size(),
                counts,
                milestones,
                milestoneRows(standings, scope.milestones(), shown, basis, locale),
                money.planned(),
                money.spent(),
                money.executionPercent(),
                goals(standings, shown, basis, statusOf),
                scorecard);
    }

    /** The top-level goal areas with anything to show, each with its indicators', milestones' and money's figures. */
    private static List<GoalRow> goals(
            PlanStandings standings, Set<Long> shown, Basis basis, Map<Long, Status> statusOf) {
        ReportingScope scope = standings.scope();
        Map<Long, Long> topGoal = PlanTallies.topGoals(scope.goals());
        List<GoalRow> goals = new ArrayList<>();
        for (GoalItem goal : scope.goals()) {
            if (goal.parentId() != null) {
                continue;
            }
            Predicate<Long> inGoal = goalId -> goalId != null && goal.id().equals(topGoal.get(goalId));
            List<Status> statuses = scope.indicators().stream()
                    .filter(i -> inGoal.test(i.goalId()) && statusOf.containsKey(i.id()))
                    .map(i -> statusOf.get(i.id()))
                    .toList();
            MilestoneCounts goalMilestones = PlanTallies.milestoneCounts(
                    standings, scope.milestones(), shown, basis, standings.asOf(), m -> inGoal.test(m.goalId()));
            MoneyTally goalMoney =
                    PlanTallies.money(standings, scope.budgetLines(), shown, basis, b -> inGoal.test(b.goalId()));
            if (statuses.isEmpty() && goalMilestones.total() == 0 && !goalMoney.any()) {
                continue;
            }
            goals.add(new GoalRow(
                    goal.id(),
                    goal.number(),
                    goal.title(),
                    ScoreRows.counts(statuses),
                    goalMilestones,
                    goalMoney.planned(),
                    goalMoney.spent(),
                    goalMoney.executionPercent()));
        }
        return goals;
    }

    /** The milestones with sub-targets whose reporters are shown, each sub-target with its latest value and status. */
    private List<MilestoneRow> milestoneRows(
            PlanStandings standings, List<MilestoneItem> milestones, Set<Long> shown, Basis basis, Locale locale) {
        List<MilestoneRow> rows = new ArrayList<>();
        for (MilestoneItem milestone : milestones) {
            List<Long> reporters =
                    milestone.reporters().stream().filter(shown::contains).toList();
            if (reporters.isEmpty() || milestone.subTargets().isEmpty()) {
                continue;
            }
            List<SubTargetRow> subTargets = milestone.subTargets().stream()
                    .map(subTarget -> {
                        Verdict verdict = standings.subTarget(subTarget, reporters, basis);
                        Target target = subTarget.target();
                        return new SubTargetRow(
                                subTarget.label(),
                                subTarget.targetText(),
                                scoreRows.format(verdict.value(), target == null ? null : target.unit(), locale),
                                verdict.status(),
                                scoreRows.explanation(verdict.evaluation(), locale),
                                ScoreRows.number(verdict.value()),
                                target == null ? null : target.unit());
                    })
                    .toList();
            rows.add(new MilestoneRow(milestone.id(), milestone.title(), milestone.dueYear(), subTargets));
        }
        return rows;
    }
}
