package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.time.Clock;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans as a whole: listing, reading, creating, describing, publishing, closing. */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final MilestoneRepository milestones;
    private final BudgetLineRepository budgetLines;
    private final BudgetStatedTotalRepository statedTotals;
    private final ResponsibilityRepository responsibilities;
    private final TargetRevisionRepository revisions;
    private final PlanGuard guard;
    private final OrganizationService organizations;
    private final UserService users;
    private final TargetService targets;
    private final AlternativeTargetRepository alternativeTargets;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            GoalRepository goals,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            BudgetLineRepository budgetLines,
            BudgetStatedTotalRepository statedTotals,
            ResponsibilityRepository responsibilities,
            TargetRevisionRepository revisions,
            PlanGuard guard,
            OrganizationService organizations,
            UserService users,
            TargetService targets,
            AlternativeTargetRepository alternativeTargets,
            Clock clock) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.milestones = milestones;
        this.budgetLines = budgetLines;
        this.statedTotals = statedTotals;
        this.responsibilities = responsibilities;
        this.revisions = revisions;
        this.guard = guard;
        this.organizations = organizations;
        this.users = users;
        this.targets = targets;
        this.alternativeTargets = alternativeTargets;
        this.clock = clock;
    }

    /** The plans the user may read, newest period first. */
    public List<PlanSummary> visiblePlans(SignedInUser user) {
        RegionTree regions = organizations.regionTree();
        List<Plan> visible = plans.findAllByOrderByStartYearDescIdAsc().stream()
                .filter(plan -> guard.canRead(plan, user, regions))
                .toList();
        Map<Long, OrganizationView> owners = organizations.findAll(
                visible.stream().map(Plan::ownerOrganizationId).collect(Collectors.toSet()));
        Map<Long, Long> goalCounts = countsByPlan(goals.countPerPlan());
        Map<Long, Long> indicatorCounts = countsByPlan(indicators.countPerPlan());
        return visible.stream()
                .map(plan -> new PlanSummary(
                        plan.id(),
                        plan.key(),
                        plan.title(),
                        plan.issuer(),
                        nameOf(owners.get(plan.ownerOrganizationId())),
                        plan.status(),
                        plan.startYear(),
                        plan.endYear(),
                        goalCounts.getOrDefault(plan.id(), 0L),
                        indicatorCounts.getOrDefault(plan.id(), 0L)))
                .toList();
    }

    private static Map<Long, Long> countsByPlan(List<PlanCount> counts) {
        return counts.stream().collect(Collectors.toMap(PlanCount::getPlanId, PlanCount::getCount));
    }

    public boolean mayCreatePlans(SignedInUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.PLANNER;
    }

    public PlanDetail detail(Long planId, SignedInUser user, Locale locale) {
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
                                Collectors.mapping(a -> alternativeView(a, locale), Collectors.toList())));
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
                        .map(m -> view(m, locale))
                        .toList(),
                indicatorList.stream()
                        .map(indicator -> view(
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

    /**
     * What the plan asks to be reported and by whom. No access check: the reporting feature decides who may see
     * which report.
     */
    public ReportingScope reportingScope(Long planId) {
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
        List<ReportingScope.IndicatorItem> indicatorItems = indicatorList.stream()
                .map(i -> {
                    Target target = i.storedTarget().target();
                    Target original = originalTargets.get(i.id());
                    Set<Long> reporters = indicatorUnits.getOrDefault(i.id(), Set.of());
                    return new ReportingScope.IndicatorItem(
                            i.id(),
                            i.goalId(),
                            i.number(),
                            i.name(),
                            i.unit(),
                            i.valueKind(),
                            i.levelScale(),
                            i.direction(),
                            i.baselineValue(),
                            i.baselineLevel(),
                            i.baselineYear(),
                            i.targetText(),
                            target,
                            original,
                            i.aggregation() != null
                                    ? i.aggregation()
                                    : Aggregation.defaultFor(i.valueKind(), i.unit(), i.name()),
                            i.aggregationWeightId(),
                            !reporters.isEmpty() ? reporters : !covered.isEmpty() ? covered : owner,
                            yearlyTargetsOf(i));
                })
                .toList();
        List<ReportingScope.MilestoneItem> milestoneItems =
                milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(planId).stream()
                        .map(m -> new ReportingScope.MilestoneItem(
                                m.id(),
                                m.goalId(),
                                m.title(),
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

    /** Whether the user may read the plan (for features that show things of a plan). */
    public boolean mayRead(Long planId, SignedInUser user) {
        return plans.findById(planId)
                .map(plan -> guard.canRead(plan, user, organizations.regionTree()))
                .orElse(false);
    }

    /** Whether the user may change the plan: its owner's planners and administrators. */
    public boolean mayChange(Long planId, SignedInUser user) {
        return plans.findById(planId).map(plan -> guard.canEdit(plan, user)).orElse(false);
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
                .map(s -> new BudgetSummary.Stated(s.label(), s.fundingSource(), s.category(), s.year(), s.amount()))
                .toList();
        return BudgetSummary.of(lines, stated, plan.startYear(), plan.endYear());
    }

    @Transactional
    public Long create(PlanCommands.SavePlan command, SignedInUser user) {
        if (!mayCreatePlans(user)) {
            throw new AccessDeniedException("Only planners create plans");
        }
        Long owner = user.role() == Role.ADMIN && command.ownerOrganizationId() != null
                ? command.ownerOrganizationId()
                : user.organizationId();
        Plan plan = new Plan(owner, clock.instant());
        apply(plan, command, clock.instant());
        return plans.save(plan).id();
    }

    @Transactional
    public void update(Long planId, long version, PlanCommands.SavePlan command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireVersion(version);
        plan.requireEditable();
        apply(plan, command, clock.instant());
    }

    @Transactional
    public void publish(Long planId, SignedInUser user) {
        guard.editable(planId, user).publish(clock.instant());
    }

    @Transactional
    public void openForComments(Long planId, SignedInUser user) {
        guard.editable(planId, user).openForComments(clock.instant());
    }

    @Transactional
    public void close(Long planId, SignedInUser user) {
        guard.editable(planId, user).close(clock.instant());
    }

    static void apply(Plan plan, PlanCommands.SavePlan command, java.time.Instant now) {
        plan.describe(
                command.title(),
                command.issuer(),
                command.startYear(),
                command.endYear(),
                command.issuedOn(),
                command.summary(),
                command.basisDocuments(),
                now);
        List<Coverage> coverage = new ArrayList<>();
        command.coveredOrganizationIds().forEach(id -> coverage.add(new Coverage(id, null)));
        command.coveredRegionCodes().forEach(code -> coverage.add(new Coverage(null, code)));
        plan.cover(coverage);
    }

    private IndicatorView view(
            Indicator indicator,
            List<ResponsibleUnit> units,
            List<TargetRevisionView> revisionViews,
            List<AlternativeTargetView> alternatives,
            Locale locale) {
        StoredTarget stored = indicator.storedTarget();
        Target target = stored.target();
        String description = target != null
                ? targets.describe(target, locale)
                : targets.understand(indicator.targetText(), indicator.unit(), locale)
                        .error();
        String reading = target == null ? null : targets.reading(target, locale);
        String original = revisionViews.stream()
                .filter(r -> r.year() == null)
                .findFirst()
                .map(TargetRevisionView::oldText)
                .orElse(null);
        return new IndicatorView(
                indicator.id(),
                indicator.goalId(),
                indicator.number(),
                indicator.category(),
                indicator.name(),
                indicator.unit(),
                indicator.definitionText(),
                indicator.direction(),
                indicator.valueKind(),
                indicator.levelScale(),
                indicator.binding(),
                indicator.baselineValue(),
                indicator.baselineLevel(),
                indicator.baselineYear(),
                indicator.targetText(),
                target,
                stored.readBy() == StoredTarget.ReadBy.PLANNER,
                description,
                reading,
                targets.warnings(target, indicator.valueKind().name(), indicator.unit(), locale),
                stored.readBy(),
                stored.parserVersion(),
                indicator.targetSource(),
                alternatives,
                original,
                indicator.storedYearlyTargets().stream()
                        .map(y -> new YearlyTargetView(
                                y.year(),
                                y.targetText(),
                                y.target(),
                                y.target() == null ? null : targets.reading(y.target(), locale)))
                        .toList(),
                units,
                revisionViews,
                indicator.note(),
                indicator.aggregation(),
                indicator.aggregationWeightId(),
                indicator.version());
    }

    private AlternativeTargetView alternativeView(AlternativeTarget alternative, Locale locale) {
        Target target = alternative.storedTarget().target();
        return new AlternativeTargetView(
                alternative.id(),
                alternative.targetText(),
                alternative.source(),
                target,
                target == null ? null : targets.reading(target, locale),
                alternative.resolved());
    }

    private MilestoneView view(Milestone m, Locale locale) {
        return new MilestoneView(
                m.id(),
                m.goalId(),
                m.title(),
                m.description(),
                m.dueYear(),
                m.dueDate(),
                m.plannedCost(),
                m.storedSubTargets().stream()
                        .map(s -> {
                            Target target = s.target();
                            return new SubTargetView(
                                    s.label(),
                                    s.targetText(),
                                    target,
                                    target == null ? null : targets.reading(target, locale));
                        })
                        .toList(),
                m.version());
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
