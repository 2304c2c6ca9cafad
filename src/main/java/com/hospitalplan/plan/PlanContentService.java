package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is inside a plan: goals, indicators (with target revisions once published), milestones, budget lines.
 * Every change goes through {@link PlanGuard#editable}: only the owner's planners and administrators.
 */
@Service
@Transactional
public class PlanContentService {

    private final PlanGuard guard;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final MilestoneRepository milestones;
    private final BudgetLineRepository budgetLines;
    private final ResponsibilityRepository responsibilities;
    private final TargetRevisionRepository revisions;
    private final TargetStructures structures;
    private final ReadingReporters readingReporters;
    private final Clock clock;

    PlanContentService(
            PlanGuard guard,
            GoalRepository goals,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            BudgetLineRepository budgetLines,
            ResponsibilityRepository responsibilities,
            TargetRevisionRepository revisions,
            TargetStructures structures,
            ReadingReporters readingReporters,
            Clock clock) {
        this.guard = guard;
        this.goals = goals;
        this.indicators = indicators;
        this.milestones = milestones;
        this.budgetLines = budgetLines;
        this.responsibilities = responsibilities;
        this.revisions = revisions;
        this.structures = structures;
        this.readingReporters = readingReporters;
        this.clock = clock;
    }

    public Long addGoal(Long planId, PlanCommands.SaveGoal command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        requireOwnGoal(planId, command.parentId());
        Goal goal = new Goal(planId, command.parentId(), goals.maxPosition(planId) + 1);
        goal.describe(command.number(), command.title(), command.description());
        goals.save(goal);
        assignGoalUnits(goal.id(), command.leadingUnitId(), command.otherUnitIds());
        plan.touch(clock.instant());
        return goal.id();
    }

    public void updateGoal(Long planId, Long goalId, long version, PlanCommands.SaveGoal command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        Goal goal = ownGoal(planId, goalId);
        PlanService.checkVersion(goal.version(), version, Goal.class, goalId);
        goal.describe(command.number(), command.title(), command.description());
        responsibilities.deleteByGoalId(goalId);
        responsibilities.flush();
        assignGoalUnits(goalId, command.leadingUnitId(), command.otherUnitIds());
        plan.touch(clock.instant());
    }

    /** Swaps a goal with its previous ({@code up}) or next sibling, to match the document's order. */
    public void moveGoal(Long planId, Long goalId, boolean up, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        Goal goal = ownGoal(planId, goalId);
        List<Goal> siblings = goals.findByPlanIdOrderByPositionAscIdAsc(planId).stream()
                .filter(g -> Objects.equals(g.parentId(), goal.parentId()))
                .toList();
        int index = siblings.indexOf(goal);
        int neighbour = up ? index - 1 : index + 1;
        if (neighbour < 0 || neighbour >= siblings.size()) {
            return;
        }
        Goal other = siblings.get(neighbour);
        int position = goal.position();
        goal.moveTo(other.position());
        other.moveTo(position);
        plan.touch(clock.instant());
    }

    public void deleteGoal(Long planId, Long goalId, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        goals.delete(ownGoal(planId, goalId));
        plan.touch(clock.instant());
    }

    public Long addIndicator(Long planId, PlanCommands.SaveIndicator command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        requireOwnGoal(planId, command.goalId());
        requireOwnWeight(planId, command.aggregationWeightId());
        Indicator indicator = new Indicator(planId, indicators.maxPosition(planId) + 1);
        indicator.describe(definition(command));
        indicator.setTarget(
                command.targetText(),
                structures.write(command.structuredTarget()),
                reading(plan, command),
                command.yearlyTargets(),
                context(plan, command));
        indicators.save(indicator);
        assignIndicatorUnits(indicator.id(), command.leadingUnitId(), command.otherUnitIds());
        plan.touch(clock.instant());
        return indicator.id();
    }

    /**
     * Saves an indicator. Once the plan is published its targets change only with a reason: each changed target is
     * recorded as a revision, and the original stays visible beside the adjusted one.
     */
    public void updateIndicator(
            Long planId, Long indicatorId, long version, PlanCommands.SaveIndicator command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        Indicator indicator = ownIndicator(planId, indicatorId);
        PlanService.checkVersion(indicator.version(), version, Indicator.class, indicatorId);
        requireOwnGoal(planId, command.goalId());
        requireOwnWeight(planId, command.aggregationWeightId());
        boolean finalChanged = !Objects.equals(indicator.targetText(), command.targetText())
                || !Objects.equals(indicator.targetStructure(), structures.write(command.structuredTarget()));
        List<YearlyTarget> yearlyBefore = indicator.yearlyTargets();
        boolean yearlyChanged = !yearlyBefore.equals(command.yearlyTargets());
        if (plan.targetsNeedRevision() && (finalChanged || yearlyChanged)) {
            String reason = command.revisionReason() == null
                    ? ""
                    : command.revisionReason().strip();
            if (reason.isEmpty()) {
                throw new RevisionReasonRequiredException();
            }
            if (finalChanged) {
                revisions.save(new TargetRevision(
                        indicatorId,
                        null,
                        indicator.targetText(),
                        indicator.storedTarget().reading(),
                        command.targetText(),
                        reason,
                        user.id(),
                        clock.instant()));
            }
            for (YearlyTarget changed : command.yearlyTargets()) {
                String before = yearlyBefore.stream()
                        .filter(y -> y.year() == changed.year())
                        .map(YearlyTarget::targetText)
                        .findFirst()
                        .orElse("");
                if (!before.equals(changed.targetText())) {
                    revisions.save(new TargetRevision(
                            indicatorId,
                            changed.year(),
                            before,
                            null,
                            changed.targetText(),
                            reason,
                            user.id(),
                            clock.instant()));
                }
            }
        }
        indicator.describe(definition(command));
        indicator.setTarget(
                command.targetText(),
                structures.write(command.structuredTarget()),
                reading(plan, command),
                command.yearlyTargets(),
                context(plan, command));
        responsibilities.deleteByIndicatorId(indicatorId);
        responsibilities.flush();
        assignIndicatorUnits(indicatorId, command.leadingUnitId(), command.otherUnitIds());
        plan.touch(clock.instant());
    }

    /** What the target is understood as, read once here on save: by the indicator's name, unit and reporters. */
    private StoredTarget reading(Plan plan, PlanCommands.SaveIndicator command) {
        return StoredTarget.read(command.targetText(), command.structuredTarget(), context(plan, command));
    }

    /** The indicator's name, unit and how many institutions report it, for reading its targets' wording. */
    private com.hospitalplan.targets.TargetContext context(Plan plan, PlanCommands.SaveIndicator command) {
        List<Long> units = new java.util.ArrayList<>();
        if (command.leadingUnitId() != null) {
            units.add(command.leadingUnitId());
        }
        if (command.otherUnitIds() != null) {
            units.addAll(command.otherUnitIds());
        }
        int reporters = readingReporters.ofIndicator(units, plan.reporterIds());
        return StoredTarget.context(command.unit(), command.name(), reporters);
    }

    public void deleteIndicator(Long planId, Long indicatorId, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        if (plan.targetsNeedRevision()) {
            throw new PlanStateException("plan.error.deletePublished");
        }
        indicators.delete(ownIndicator(planId, indicatorId));
        plan.touch(clock.instant());
    }

    public Long addMilestone(Long planId, PlanCommands.SaveMilestone command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        requireOwnGoal(planId, command.goalId());
        Milestone milestone = new Milestone(planId, milestones.maxPosition(planId) + 1);
        describe(milestone, command, readingReporters.ofMilestone(command.goalId(), plan.ownerOrganizationId()));
        milestones.save(milestone);
        plan.touch(clock.instant());
        return milestone.id();
    }

    public void updateMilestone(
            Long planId, Long milestoneId, long version, PlanCommands.SaveMilestone command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        Milestone milestone = ownMilestone(planId, milestoneId);
        PlanService.checkVersion(milestone.version(), version, Milestone.class, milestoneId);
        requireOwnGoal(planId, command.goalId());
        describe(milestone, command, readingReporters.ofMilestone(command.goalId(), plan.ownerOrganizationId()));
        plan.touch(clock.instant());
    }

    public void deleteMilestone(Long planId, Long milestoneId, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        milestones.delete(ownMilestone(planId, milestoneId));
        plan.touch(clock.instant());
    }

    public Long addBudgetLine(Long planId, PlanCommands.SaveBudgetLine command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        requireOwnGoal(planId, command.goalId());
        BudgetLine line = new BudgetLine(planId, budgetLines.maxPosition(planId) + 1);
        describe(line, command);
        budgetLines.save(line);
        plan.touch(clock.instant());
        return line.id();
    }

    public void updateBudgetLine(
            Long planId, Long lineId, long version, PlanCommands.SaveBudgetLine command, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        BudgetLine line = ownBudgetLine(planId, lineId);
        PlanService.checkVersion(line.version(), version, BudgetLine.class, lineId);
        requireOwnGoal(planId, command.goalId());
        describe(line, command);
        plan.touch(clock.instant());
    }

    public void deleteBudgetLine(Long planId, Long lineId, SignedInUser user) {
        Plan plan = editablePlan(planId, user);
        budgetLines.delete(ownBudgetLine(planId, lineId));
        plan.touch(clock.instant());
    }

    private Plan editablePlan(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        PlanService.requireEditable(plan);
        return plan;
    }

    private void requireOwnGoal(Long planId, Long goalId) {
        if (goalId != null) {
            ownGoal(planId, goalId);
        }
    }

    private void requireOwnWeight(Long planId, Long weightIndicatorId) {
        if (weightIndicatorId != null) {
            ownIndicator(planId, weightIndicatorId);
        }
    }

    private Goal ownGoal(Long planId, Long goalId) {
        return goals.findById(goalId)
                .filter(g -> g.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("goal", goalId));
    }

    private Indicator ownIndicator(Long planId, Long indicatorId) {
        return indicators
                .findById(indicatorId)
                .filter(i -> i.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("indicator", indicatorId));
    }

    private Milestone ownMilestone(Long planId, Long milestoneId) {
        return milestones
                .findById(milestoneId)
                .filter(m -> m.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("milestone", milestoneId));
    }

    private BudgetLine ownBudgetLine(Long planId, Long lineId) {
        return budgetLines
                .findById(lineId)
                .filter(l -> l.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("budget line", lineId));
    }

    private void assignGoalUnits(Long goalId, Long leading, List<Long> others) {
        assignUnits(leading, others, (unit, lead, position) -> Responsibility.forGoal(goalId, unit, lead, position));
    }

    private void assignIndicatorUnits(Long indicatorId, Long leading, List<Long> others) {
        assignUnits(
                leading,
                others,
                (unit, lead, position) -> Responsibility.forIndicator(indicatorId, unit, lead, position));
    }

    /** The leading unit first, then the others in the order chosen, each unit once. */
    private void assignUnits(Long leading, List<Long> others, UnitAssignment assignment) {
        int position = 0;
        if (leading != null) {
            responsibilities.save(assignment.of(leading, true, position++));
        }
        for (Long other : others) {
            if (!other.equals(leading)) {
                responsibilities.save(assignment.of(other, false, position++));
            }
        }
    }

    /** Makes the responsibility of one unit for a goal or an indicator. */
    private interface UnitAssignment {
        Responsibility of(Long organizationId, boolean leading, int position);
    }

    private static IndicatorDefinition definition(PlanCommands.SaveIndicator c) {
        return new IndicatorDefinition(
                c.goalId(),
                c.number(),
                c.category(),
                c.name(),
                c.unit(),
                c.definition(),
                c.direction(),
                c.valueKind(),
                c.levelScale(),
                c.binding(),
                c.baselineValue(),
                c.baselineLevel(),
                c.baselineYear(),
                c.note(),
                c.aggregation(),
                c.aggregationWeightId());
    }

    private static void describe(Milestone milestone, PlanCommands.SaveMilestone c, int reporters) {
        milestone.describe(
                c.goalId(),
                c.title(),
                c.description(),
                c.dueYear(),
                c.dueDate(),
                c.plannedCost(),
                c.subTargets(),
                reporters);
    }

    private static void describe(BudgetLine line, PlanCommands.SaveBudgetLine c) {
        line.describe(c.goalId(), c.fundingSource(), c.category(), c.year(), c.planned(), c.note());
    }
}
