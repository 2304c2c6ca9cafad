package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.MilestoneCounts;
import com.hospitalplan.plan.ReportingScope.BudgetItem;
import com.hospitalplan.plan.ReportingScope.GoalItem;
import com.hospitalplan.plan.ReportingScope.MilestoneItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportFigures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** A plan's milestones and money tallied over the institutions shown, for the plan and each goal area. Plain Java. */
final class PlanTallies {

    private PlanTallies() {}

    /**
     * A milestone is done when every institution shown that reports it says so; otherwise overdue after its due date,
     * due in its year, and later before.
     */
    static MilestoneCounts milestoneCounts(
            PlanStandings standings,
            List<MilestoneItem> milestones,
            Set<Long> shown,
            Basis basis,
            LocalDate today,
            Predicate<MilestoneItem> which) {
        int done = 0;
        int due = 0;
        int overdue = 0;
        int later = 0;
        int subTargets = 0;
        int subTargetsMet = 0;
        for (MilestoneItem milestone : milestones) {
            List<Long> reporters =
                    milestone.reporters().stream().filter(shown::contains).toList();
            if (reporters.isEmpty() || !which.test(milestone)) {
                continue;
            }
            boolean allDone = reporters.stream().allMatch(id -> {
                ReportFigures.MilestoneStatus latest = standings.milestone(milestone.id(), id, basis);
                return latest != null && latest.status() == MilestoneProgress.DONE;
            });
            LocalDate dueOn =
                    milestone.dueDate() != null ? milestone.dueDate() : LocalDate.of(milestone.dueYear(), 12, 31);
            for (SubTargetItem subTarget : milestone.subTargets()) {
                subTargets++;
                if (standings.subTarget(subTarget, reporters, basis).achieved()) {
                    subTargetsMet++;
                }
            }
            if (allDone) {
                done++;
            } else if (today.isAfter(dueOn)) {
                overdue++;
            } else if (today.getYear() == dueOn.getYear()) {
                due++;
            } else {
                later++;
            }
        }
        return new MilestoneCounts(done, due, overdue, later, subTargets, subTargetsMet);
    }

    /** Planned and spent money of the lines chosen whose reporters are shown. */
    static MoneyTally money(
            PlanStandings standings,
            List<BudgetItem> lines,
            Set<Long> shown,
            Basis basis,
            Predicate<BudgetItem> which) {
        MoneyTally tally = MoneyTally.NONE;
        for (BudgetItem line : lines) {
            if (!which.test(line) || line.reporters().stream().noneMatch(shown::contains)) {
                continue;
            }
            tally = tally.plan(line.planned());
            for (Long id : line.reporters()) {
                if (shown.contains(id)) {
                    tally = tally.spend(
                            standings.spent(line.id(), id, basis), line.amount().stated());
                }
            }
        }
        return tally;
    }

    /** Each goal's top-level ancestor. */
    static Map<Long, Long> topGoals(List<GoalItem> goals) {
        Map<Long, Long> parents = new HashMap<>();
        goals.forEach(g -> parents.put(g.id(), g.parentId()));
        Map<Long, Long> top = new HashMap<>();
        for (GoalItem goal : goals) {
            Long current = goal.id();
            while (parents.get(current) != null) {
                current = parents.get(current);
            }
            top.put(goal.id(), current);
        }
        return top;
    }
}
