package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The plan page: the plan with its goal tree, indicators, milestones and budget, named and read for the reader. */
@Component
class PlanPages {

    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final MilestoneRepository milestones;
    private final BudgetLineRepository budgetLines;
    private final BudgetStatedTotalRepository statedTotals;
    private final ResponsibilityRepository responsibilities;
    private final TargetRevisionRepository revisions;
    private final AlternativeTargetRepository alternativeTargets;
    private final PlanGuard guard;
    private final OrganizationService organizations;
    private final UserService users;
    private final PlanItemViews views;

    PlanPages(
            GoalRepository goals,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            BudgetLineRepository budgetLines,
            BudgetStatedTotalRepository statedTotals,
            ResponsibilityRepository responsibilities,
            TargetRevisionRepository revisions,
            AlternativeTargetRepository alternativeTargets,
            PlanGuard guard,
            OrganizationService organizations,
            UserService users,
            PlanItemViews views) {
        this.goals = goals;
        this.indicators = indicators;
        this.milestones = milestones;
        this.budgetLines = budgetLines;
        this.statedTotals = statedTotals;
        this.responsibilities = responsibilities;
        this.revisions = revisions;
        this.alternativeTargets = alternativeTargets;
        this.guard = guard;
        this.organizations = organizations;
        this.users = users;
        this.views = views;
    }

    PlanDetail detail(Long planId, SignedInUser user, Locale locale) {
        Plan plan = guard.readable(planId, user);
        boolean editable = guard.canEdit(plan, user) && plan.isEditable();

        List<Goal> goalList = goals.findByPlanIdOrderByPositionAscIdAsc(planId);
        List<Indicator> indicatorList = indicators.findByPlanIdOrderByPositionAscIdAsc(planId);
        List<Responsibility> goalUnits = goalList.isEmpty()
                ? List.of()
                : responsibilities.findByGoalIdInOrderByPositionAsc(ids(goalList, Goal::id));
        List<Responsibility> indicatorUnits = indicatorList.isEmpty()
                ? List.of()
                : responsibilities.findByIndicatorIdInOrderByPositionAsc(ids(indicatorList, Indicator::id));
        List<TargetRevision> revisionList = indicatorList.isEmpty()
                ? List.of()
                : revisions.findByIndicatorIdInOrderByRevisedAtAscIdAsc(ids(indicatorList, Indicator::id));

        Set<Long> organizationIds = new HashSet<>();
        organizationIds.add(plan.ownerOrganizationId());
        plan.coverage().stream()
                .map(Coverage::organizationId)
                .filter(Objects::nonNull)
                .forEach(organizationIds::add);
        goalUnits.forEach(r -> organizationIds.add(r.organizationId()));
        indicatorUnits.forEach(r -> organizationIds.add(r.organizationId()));
        Map<Long, OrganizationView> names = organizations.findAll(organizationIds);
        RegionTree regions = organizations.regionTree();
        Map<Long, String> revisers = users.displayNames(
                revisionList.stream().map(TargetRevision::revisedBy).collect(Collectors.toSet()));

        Map<Long, List<AlternativeTargetView>> alternatives = indicatorList.isEmpty()
                ? Map.of()
                : alternativeTargets
                        .findByIndicatorIdInOrderByPositionAscIdAsc(ids(indicatorList, Indicator::id))
                        .stream()
                        .collect(Collectors.groupingBy(
                                AlternativeTarget::indicatorId,
                                Collectors.mapping(a -> views.alternative(a, locale), Collectors.toList())));
        List<String> coverage = plan.coverage().stream()
                .map(c -> c.organizationId() != null
                        ? nameOf(names.get(c.organizationId()))
                        : regions.name(c.regionCode()))
                .toList();

        return new PlanDetail(
                plan.id(),
                plan.key(),
                plan.title(),
                plan.issuer(),
                plan.ownerOrganizationId(),
                nameOf(names.get(plan.ownerOrganizationId())),
                plan.status(),
                plan.startYear(),
                plan.endYear(),
                plan.issuedOn(),
                plan.summary(),
                plan.basisDocuments(),
                coverage,
                plan.coverage().stream()
                        .map(Coverage::organizationId)
                        .filter(Objects::nonNull)
                        .toList(),
                plan.coverage().stream()
                        .map(Coverage::regionCode)
                        .filter(Objects::nonNull)
                        .toList(),
                goalTree(goalList, units(goalUnits, Responsibility::goalId, names)),
                milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(planId).stream()
                        .map(m -> views.milestone(m, locale))
                        .toList(),
                indicatorList.stream()
                        .map(indicator -> views.indicator(
                                indicator,
                                units(indicatorUnits, Responsibility::indicatorId, names)
                                        .getOrDefault(indicator.id(), List.of()),
                                revisionList.stream()
                                        .filter(r -> r.indicatorId().equals(indicator.id()))
                                        .map(r -> new TargetRevisionView(
                                                r.year(),
                                                r.oldText(),
                                                r.newText(),
                                                r.reason(),
                                                revisers.getOrDefault(r.revisedBy(), ""),
                                                r.revisedAt()))
                                        .toList(),
                                alternatives.getOrDefault(indicator.id(), List.of()),
                                locale))
                        .toList(),
                budget(plan),
                editable,
                plan.version());
    }

    private BudgetSummary budget(Plan plan) {
        List<BudgetLineView> lines = budgetLines.findByPlanIdOrderByPositionAscIdAsc(plan.id()).stream()
                .map(l -> new BudgetLineView(
                        l.id(),
                        l.goalId(),
                        l.fundingSource(),
                        l.category(),
                        l.year(),
                        l.amount(),
                        l.recurring(),
                        l.approximate(),
                        l.inTotals(),
                        l.note(),
                        l.version()))
                .toList();
        List<BudgetSummary.Stated> stated = statedTotals.findByPlanIdOrderByPositionAscIdAsc(plan.id()).stream()
                .map(BudgetStatedTotal::stated)
                .toList();
        return BudgetSummary.of(lines, stated, plan.startYear(), plan.endYear());
    }

    private static List<GoalNode> goalTree(List<Goal> all, Map<Long, List<ResponsibleUnit>> units) {
        Map<Long, List<Goal>> byParent = new LinkedHashMap<>();
        for (Goal goal : all) {
            byParent.computeIfAbsent(goal.parentId(), k -> new ArrayList<>()).add(goal);
        }
        return children(null, byParent, units, 0);
    }

    private static List<GoalNode> children(
            Long parentId, Map<Long, List<Goal>> byParent, Map<Long, List<ResponsibleUnit>> units, int depth) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparingInt(Goal::position).thenComparing(Goal::id))
                .map(goal -> new GoalNode(
                        goal.id(),
                        goal.parentId(),
                        goal.number(),
                        goal.title(),
                        goal.description(),
                        depth,
                        goal.version(),
                        units.getOrDefault(goal.id(), List.of()),
                        children(goal.id(), byParent, units, depth + 1)))
                .toList();
    }

    private static Map<Long, List<ResponsibleUnit>> units(
            List<Responsibility> all,
            java.util.function.Function<Responsibility, Long> owner,
            Map<Long, OrganizationView> names) {
        Map<Long, List<ResponsibleUnit>> byOwner = new LinkedHashMap<>();
        for (Responsibility r : all) {
            byOwner.computeIfAbsent(owner.apply(r), k -> new ArrayList<>())
                    .add(new ResponsibleUnit(r.organizationId(), nameOf(names.get(r.organizationId())), r.leading()));
        }
        return byOwner;
    }

    private static <T> Collection<Long> ids(List<T> items, java.util.function.Function<T, Long> id) {
        return items.stream().map(id).toList();
    }

    private static String nameOf(OrganizationView organization) {
        return organization == null ? "" : organization.fullName();
    }
}
