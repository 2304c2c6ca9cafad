package com.hospitalplan.plan;

import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is inside a plan: goals, indicators (with target revisions once published), milestones, budget lines. Every
 * change goes through {@link PlanGuard#editable} (only the owner's planners and administrators) and then through the
 * {@link Plan} aggregate, one transaction per change.
 */
@Service
@Transactional
public class PlanContentService {

    private final PlanGuard guard;
    private final PlanRepository plans;
    private final ResponsibleUnits units;
    private final IndicatorTargetEntry targetEntry;
    private final ReadingReporters readingReporters;
    private final ObjectProvider<PlanProjects> projects;
    private final Clock clock;

    PlanContentService(
            PlanGuard guard,
            PlanRepository plans,
            ResponsibleUnits units,
            IndicatorTargetEntry targetEntry,
            ReadingReporters readingReporters,
            ObjectProvider<PlanProjects> projects,
            Clock clock) {
        this.guard = guard;
        this.plans = plans;
        this.units = units;
        this.targetEntry = targetEntry;
        this.readingReporters = readingReporters;
        this.projects = projects;
        this.clock = clock;
    }

    public Long addGoal(Long planId, PlanCommands.SaveGoal command, SignedInUser user) {
        Goal goal = guard.editable(planId, user).addGoal(command, clock.instant());
        plans.flush();
        units.assignToGoal(goal.id(), command.leadingUnitId(), command.otherUnitIds());
        return goal.id();
    }

    public void updateGoal(Long planId, Long goalId, long version, PlanCommands.SaveGoal command, SignedInUser user) {
        guard.editable(planId, user).changeGoal(goalId, version, command, clock.instant());
        units.assignToGoal(goalId, command.leadingUnitId(), command.otherUnitIds());
    }

    /** Swaps a goal with its previous ({@code up}) or next sibling, to match the document's order. */
    public void moveGoal(Long planId, Long goalId, boolean up, SignedInUser user) {
        guard.editable(planId, user).moveGoal(goalId, up, clock.instant());
    }

    /**
     * Writes a removal at once, so that an item institutions have already reported on (their reports refer to it)
     * is refused with a message instead of failing when the transaction commits.
     */
    private void removedUnlessReported() {
        try {
            plans.flush();
        } catch (DataIntegrityViolationException reported) {
            throw new PlanStateException("plan.error.itemReported");
        }
    }

    public void deleteGoal(Long planId, Long goalId, SignedInUser user) {
        guard.editable(planId, user).removeGoal(goalId, clock.instant());
        removedUnlessReported();
    }

    public Long addIndicator(Long planId, PlanCommands.SaveIndicator command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        requireProjectOfPlan(planId, command.projectId());
        Indicator indicator = plan.addIndicator(command, targetEntry.targets(plan, command), clock.instant());
        plans.flush();
        units.assignToIndicator(indicator.id(), command.leadingUnitId(), command.otherUnitIds());
        return indicator.id();
    }

    /**
     * Saves an indicator. Once the plan is published its targets change only with a reason: each changed target is
     * recorded as a revision, and the original stays visible beside the adjusted one.
     */
    public void updateIndicator(
            Long planId, Long indicatorId, long version, PlanCommands.SaveIndicator command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireEditable();
        requireProjectOfPlan(planId, command.projectId());
        Indicator indicator = PlanItems.current(plan.indicator(indicatorId), version);
        IndicatorTargets targets = targetEntry.targets(plan, command);
        targetEntry.recordRevisions(plan, indicator, targets, command.revisionReason(), user.id());
        plan.changeIndicator(indicatorId, version, command, targets, clock.instant());
        units.assignToIndicator(indicatorId, command.leadingUnitId(), command.otherUnitIds());
    }

    public void deleteIndicator(Long planId, Long indicatorId, SignedInUser user) {
        guard.editable(planId, user).removeIndicator(indicatorId, clock.instant());
        removedUnlessReported();
    }

    public Long addMilestone(Long planId, PlanCommands.SaveMilestone command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        Milestone milestone = plan.addMilestone(command, milestoneReporters(plan, command), clock.instant());
        plans.flush();
        return milestone.id();
    }

    public void updateMilestone(
            Long planId, Long milestoneId, long version, PlanCommands.SaveMilestone command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.changeMilestone(milestoneId, version, command, milestoneReporters(plan, command), clock.instant());
    }

    public void deleteMilestone(Long planId, Long milestoneId, SignedInUser user) {
        guard.editable(planId, user).removeMilestone(milestoneId, clock.instant());
        removedUnlessReported();
    }

    public Long addBudgetLine(Long planId, PlanCommands.SaveBudgetLine command, SignedInUser user) {
        BudgetLine line = guard.editable(planId, user).addBudgetLine(command, clock.instant());
        plans.flush();
        return line.id();
    }

    public void updateBudgetLine(
            Long planId, Long lineId, long version, PlanCommands.SaveBudgetLine command, SignedInUser user) {
        guard.editable(planId, user).changeBudgetLine(lineId, version, command, clock.instant());
    }

    public void deleteBudgetLine(Long planId, Long lineId, SignedInUser user) {
        guard.editable(planId, user).removeBudgetLine(lineId, clock.instant());
        removedUnlessReported();
    }

    /** An indicator names only a construction project of its own plan. */
    private void requireProjectOfPlan(Long planId, Long projectId) {
        if (projectId == null) {
            return;
        }
        PlanProjects known = projects.getIfAvailable();
        if (known == null || known.choices(planId).stream().noneMatch(p -> p.id().equals(projectId))) {
            throw new PlanInputRefused("projectId", "indicator.form.projectOfOtherPlan");
        }
    }

    private int milestoneReporters(Plan plan, PlanCommands.SaveMilestone command) {
        return readingReporters.ofMilestone(command.goalId(), plan.ownerOrganizationId());
    }
}
