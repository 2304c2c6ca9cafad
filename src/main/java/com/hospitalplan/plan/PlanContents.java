package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import jakarta.persistence.CascadeType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of the {@link Plan} aggregate that owns its goals, indicators, milestones and budget lines: every change
 * of them goes through these methods, which check that the plan may change and that the item is the plan's own, and
 * then mark the plan changed once.
 */
@MappedSuperclass
abstract class PlanContents {

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("position asc, id asc")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("position asc, id asc")
    private List<Indicator> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("position asc, id asc")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("position asc, id asc")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    abstract Long id();

    abstract boolean isEditable();

    /** Targets of a published plan change only by a recorded revision. */
    abstract boolean targetsNeedRevision();

    /** Marks the plan changed: its {@code updatedAt}, and with it its version, moves. */
    abstract void changed(Instant now);

    // Goals

    Goal addGoal(PlanCommands.SaveGoal command, Instant now) {
        requireEditable();
        requireGoal(command.parentId());
        Goal goal = new Goal(id(), command.parentId(), PlanItems.nextPosition(goals));
        goal.describe(command.number(), command.title(), command.description());
        goals.add(goal);
        changed(now);
        return goal;
    }

    Goal changeGoal(Long goalId, long version, PlanCommands.SaveGoal command, Instant now) {
        requireEditable();
        Goal goal = PlanItems.current(goal(goalId), version);
        goal.describe(command.number(), command.title(), command.description());
        changed(now);
        return goal;
    }

    /** Swaps a goal with its previous ({@code up}) or next sibling; the first goes no higher, the last no lower. */
    void moveGoal(Long goalId, boolean up, Instant now) {
        requireEditable();
        if (PlanItems.swapWithSibling(goals, goal(goalId), up)) {
            changed(now);
        }
    }

    /** Removes the goal with the goals below it; their indicators, milestones and budget lines stay, goal-less. */
    void removeGoal(Long goalId, Instant now) {
        requireEditable();
        Set<Long> removed = PlanItems.subtree(goals, goal(goalId));
        goals.removeIf(goal -> removed.contains(goal.id()));
        indicators.stream().filter(i -> removed.contains(i.goalId())).forEach(Indicator::leaveGoal);
        milestones.stream().filter(m -> removed.contains(m.goalId())).forEach(Milestone::leaveGoal);
        budgetLines.stream().filter(b -> removed.contains(b.goalId())).forEach(BudgetLine::leaveGoal);
        changed(now);
    }

    // Indicators

    Indicator addIndicator(PlanCommands.SaveIndicator command, IndicatorTargets targets, Instant now) {
        requireEditable();
        requireReferences(command);
        Indicator indicator = new Indicator(id(), PlanItems.nextPosition(indicators));
        indicator.describe(command.goalId(), command.definition(), command.aggregationWeightId());
        indicator.linkProject(command.projectId());
        indicator.setTargets(targets);
        indicators.add(indicator);
        changed(now);
        return indicator;
    }

    Indicator changeIndicator(
            Long indicatorId, long version, PlanCommands.SaveIndicator command, IndicatorTargets targets, Instant now) {
        requireEditable();
        Indicator indicator = PlanItems.current(indicator(indicatorId), version);
        requireReferences(command);
        indicator.describe(command.goalId(), command.definition(), command.aggregationWeightId());
        indicator.linkProject(command.projectId());
        indicator.setTargets(targets);
        changed(now);
        return indicator;
    }

    /** Keeps a newer reading of the indicator's target, once a planner accepts it. */
    void storeReading(Long indicatorId, StoredTarget reading, Instant now) {
        requireEditable();
        indicator(indicatorId).storeReading(reading);
        changed(now);
    }

    /** Makes another statement of the document the indicator's target (see {@link Indicator#replaceTarget}). */
    void replaceTarget(Long indicatorId, String targetText, String source, StoredTarget reading, Instant now) {
        requireEditable();
        indicator(indicatorId).replaceTarget(targetText, source, reading);
        changed(now);
    }

    /** Settles a conflict between the indicator's target and another statement of it in favour of the target. */
    void keepTarget(Long indicatorId, AlternativeTarget other, Long userId, Instant now) {
        requireEditable();
        if (!other.indicatorId().equals(indicator(indicatorId).id())) {
            throw new PlanNotFoundException("alternative target", other.id());
        }
        other.resolve(userId, now);
        changed(now);
    }

    /** Indicators of a published plan are revised, not removed: reports may already refer to them. */
    void removeIndicator(Long indicatorId, Instant now) {
        requireEditable();
        if (targetsNeedRevision()) {
            throw new PlanStateException("plan.error.deletePublished");
        }
        indicators.remove(indicator(indicatorId));
        changed(now);
    }

    // Milestones

    /** @param reporters how many institutions report the milestone, for reading its sub-targets */
    Milestone addMilestone(PlanCommands.SaveMilestone command, int reporters, Instant now) {
        requireEditable();
        requireGoal(command.goalId());
        Milestone milestone = new Milestone(id(), PlanItems.nextPosition(milestones));
        milestone.describe(command, reporters);
        milestones.add(milestone);
        changed(now);
        return milestone;
    }

    Milestone changeMilestone(
            Long milestoneId, long version, PlanCommands.SaveMilestone command, int reporters, Instant now) {
        requireEditable();
        Milestone milestone = PlanItems.current(milestone(milestoneId), version);
        requireGoal(command.goalId());
        milestone.describe(command, reporters);
        changed(now);
        return milestone;
    }

    /** Keeps a newer reading of the milestone's sub-target at {@code position}, once a planner accepts it. */
    void storeSubTargetReading(Long milestoneId, int position, StoredTarget reading, Instant now) {
        requireEditable();
        milestone(milestoneId).storeSubTargetReading(position, reading);
        changed(now);
    }

    void removeMilestone(Long milestoneId, Instant now) {
        requireEditable();
        milestones.remove(milestone(milestoneId));
        changed(now);
    }

    // Budget lines

    BudgetLine addBudgetLine(PlanCommands.SaveBudgetLine command, Instant now) {
        requireEditable();
        requireGoal(command.goalId());
        BudgetLine line = new BudgetLine(id(), PlanItems.nextPosition(budgetLines));
        line.describe(command);
        budgetLines.add(line);
        changed(now);
        return line;
    }

    BudgetLine changeBudgetLine(Long lineId, long version, PlanCommands.SaveBudgetLine command, Instant now) {
        requireEditable();
        BudgetLine line = PlanItems.current(budgetLine(lineId), version);
        requireGoal(command.goalId());
        line.describe(command);
        changed(now);
        return line;
    }

    void removeBudgetLine(Long lineId, Instant now) {
        requireEditable();
        budgetLines.remove(budgetLine(lineId));
        changed(now);
    }

    // The plan's own items, or PlanNotFoundException

    Goal goal(Long goalId) {
        return PlanItems.find(goals, goalId, "goal");
    }

    Indicator indicator(Long indicatorId) {
        return PlanItems.find(indicators, indicatorId, "indicator");
    }

    Milestone milestone(Long milestoneId) {
        return PlanItems.find(milestones, milestoneId, "milestone");
    }

    BudgetLine budgetLine(Long lineId) {
        return PlanItems.find(budgetLines, lineId, "budget line");
    }

    List<Goal> goals() {
        return List.copyOf(goals);
    }

    List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    List<BudgetLine> budgetLines() {
        return List.copyOf(budgetLines);
    }

    private void requireGoal(Long goalId) {
        if (goalId != null) {
            goal(goalId);
        }
    }

    private void requireReferences(PlanCommands.SaveIndicator command) {
        requireGoal(command.goalId());
        if (command.aggregationWeightId() != null) {
            indicator(command.aggregationWeightId());
        }
    }

    /** A closed plan does not change. */
    void requireEditable() {
        if (!isEditable()) {
            throw new PlanStateException("plan.error.closed");
        }
    }
}
