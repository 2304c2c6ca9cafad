package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What a plan asks to be reported and by whom, for the reporting feature. */
@Component
class ReportingScopes {

    private final PlanRepository plans;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final MilestoneRepository milestones;
    private final BudgetLineRepository budgetLines;
    private final ResponsibilityRepository responsibilities;
    private final TargetRevisionRepository revisions;
    private final ObjectProvider<PlanProjects> projects;

    ReportingScopes(
            PlanRepository plans,
            GoalRepository goals,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            BudgetLineRepository budgetLines,
            ResponsibilityRepository responsibilities,
            TargetRevisionRepository revisions,
            ObjectProvider<PlanProjects> projects) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.milestones = milestones;
        this.budgetLines = budgetLines;
        this.responsibilities = responsibilities;
        this.revisions = revisions;
        this.projects = projects;
    }

    /**
     * What the plan asks to be reported and by whom. No access check: the reporting feature decides who may see
     * which report.
     */
    ReportingScope of(Long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException("plan", planId));
        List<Goal> goalList = goals.findByPlanIdOrderByPositionAscIdAsc(planId);
        List<Indicator> indicatorList = indicators.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, Set<Long>> goalUnits = new java.util.HashMap<>();
        if (!goalList.isEmpty()) {
            responsibilities
                    .findByGoalIdInOrderByPositionAsc(ids(goalList, Goal::id))
                    .forEach(r -> goalUnits
                            .computeIfAbsent(r.goalId(), k -> new java.util.LinkedHashSet<>())
                            .add(r.organizationId()));
        }
        Map<Long, Set<Long>> indicatorUnits = new java.util.HashMap<>();
        if (!indicatorList.isEmpty()) {
            responsibilities
                    .findByIndicatorIdInOrderByPositionAsc(ids(indicatorList, Indicator::id))
                    .forEach(r -> indicatorUnits
                            .computeIfAbsent(r.indicatorId(), k -> new java.util.LinkedHashSet<>())
                            .add(r.organizationId()));
        }
        Set<Long> covered = plan.coverage().stream()
                .map(Coverage::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<Long> owner = Set.of(plan.ownerOrganizationId());
        Map<Long, Target> originalTargets = originalTargets(indicatorList);
        Map<Long, LinkedProject> schedules = schedules(planId, indicatorList);
        List<ReportingScope.IndicatorItem> indicatorItems = indicatorList.stream()
                .map(i -> {
                    Target target = i.storedTarget().target();
                    Target original = originalTargets.get(i.id());
                    Set<Long> reporters = indicatorUnits.getOrDefault(i.id(), Set.of());
                    return new ReportingScope.IndicatorItem(
                            i.id(),
                            i.goalId(),
                            i.definition().number(),
                            i.definition().name(),
                            i.definition().unit(),
                            i.definition().valueKind(),
                            i.definition().levelScale(),
                            i.definition().direction(),
                            i.definition().baselineValue(),
                            i.definition().baselineLevel(),
                            i.definition().baselineYear(),
                            i.targetText(),
                            target,
                            original,
                            i.definition().effectiveAggregation(),
                            i.aggregationWeightId(),
                            !reporters.isEmpty() ? reporters : !covered.isEmpty() ? covered : owner,
                            yearlyTargetsOf(i),
                            linkedProject(i, schedules, plan.endYear()));
                })
                .toList();
        List<ReportingScope.MilestoneItem> milestoneItems =
                milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(planId).stream()
                        .map(m -> new ReportingScope.MilestoneItem(
                                m.id(),
                                m.goalId(),
                                m.definition().title(),
                                m.dueYear(),
                                m.dueDate(),
                                subTargetItems(m),
                                reportersOfGoal(m.goalId(), goalUnits, owner)))
                        .toList();
        // lines outside the stated totals carry no money of their own: spending is reported on the lines that do
        List<ReportingScope.BudgetItem> budgetItems = budgetLines.findByPlanIdOrderByPositionAscIdAsc(planId).stream()
                .filter(BudgetLine::inTotals)
                .map(b -> {
                    BudgetAmount planned = new BudgetAmount(b.amount(), b.recurring(), b.approximate(), b.inTotals());
                    return new ReportingScope.BudgetItem(
                            b.id(),
                            b.goalId(),
                            b.fundingSource(),
                            b.category(),
                            b.year(),
                            planned,
                            planned.shares(b.year(), plan.startYear(), plan.endYear()),
                            reportersOfGoal(b.goalId(), goalUnits, owner));
                })
                .toList();
        return new ReportingScope(
                plan.id(),
                plan.title(),
                plan.ownerOrganizationId(),
                plan.startYear(),
                plan.endYear(),
                goalList.stream()
                        .map(g -> new ReportingScope.GoalItem(g.id(), g.parentId(), g.number(), g.title()))
                        .toList(),
                indicatorItems,
                milestoneItems,
                budgetItems);
    }

    /** The stage dates of the plan's projects, read only when an indicator names one. */
    private Map<Long, LinkedProject> schedules(Long planId, List<Indicator> indicatorList) {
        PlanProjects known = projects.getIfAvailable();
        if (known == null || indicatorList.stream().allMatch(i -> i.projectId() == null)) {
            return Map.of();
        }
        return known.schedules(planId);
    }

    /** The project the indicator names, with the deadline its target's wording states, or {@code null}. */
    private LinkedProject linkedProject(Indicator indicator, Map<Long, LinkedProject> schedules, int endYear) {
        LinkedProject project = indicator.projectId() == null ? null : schedules.get(indicator.projectId());
        if (project == null) {
            return null;
        }
        PlanProjects known = projects.getObject();
        return project.withDeadline(
                known.latestDay(indicator.targetText(), endYear).orElse(null));
    }

    /** The yearly targets as stored, by year (those that were understood). */
    private static Map<Integer, Target> yearlyTargetsOf(Indicator indicator) {
        Map<Integer, Target> byYear = new java.util.HashMap<>();
        for (IndicatorYearlyTarget yearly : indicator.storedYearlyTargets()) {
            if (yearly.target() != null) {
                byYear.put(yearly.year(), yearly.target());
            }
        }
        return byYear;
    }

    /** What the first published final target of each adjusted indicator was understood as (stored with it). */
    private Map<Long, Target> originalTargets(List<Indicator> indicatorList) {
        if (indicatorList.isEmpty()) {
            return Map.of();
        }
        Map<Long, Target> originals = new java.util.HashMap<>();
        for (TargetRevision revision :
                revisions.findByIndicatorIdInOrderByRevisedAtAscIdAsc(ids(indicatorList, Indicator::id))) {
            if (revision.year() == null && !originals.containsKey(revision.indicatorId())) {
                originals.put(revision.indicatorId(), StoredTarget.target(revision.oldReading()));
            }
        }
        return originals;
    }

    private static List<ReportingScope.SubTargetItem> subTargetItems(Milestone milestone) {
        List<MilestoneSubTarget> stored = milestone.storedSubTargets();
        List<ReportingScope.SubTargetItem> items = new ArrayList<>();
        for (int position = 0; position < stored.size(); position++) {
            MilestoneSubTarget part = stored.get(position);
            items.add(new ReportingScope.SubTargetItem(
                    milestone.id(), position, part.label(), part.targetText(), part.target()));
        }
        return items;
    }

    private static Set<Long> reportersOfGoal(Long goalId, Map<Long, Set<Long>> goalUnits, Set<Long> owner) {
        Set<Long> units = goalId == null ? Set.of() : goalUnits.getOrDefault(goalId, Set.of());
        return units.isEmpty() ? owner : units;
    }

    private static <T> Collection<Long> ids(List<T> items, java.util.function.Function<T, Long> id) {
        return items.stream().map(id).toList();
    }
}
