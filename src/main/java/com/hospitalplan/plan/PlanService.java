package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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
    private final PlanGuard guard;
    private final OrganizationService organizations;
    private final PlanPages pages;
    private final ReportingScopes scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanService(
            PlanRepository plans,
            GoalRepository goals,
            IndicatorRepository indicators,
            PlanGuard guard,
            OrganizationService organizations,
            PlanPages pages,
            ReportingScopes scopes,
            Clock clock,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.guard = guard;
        this.organizations = organizations;
        this.pages = pages;
        this.scopes = scopes;
        this.clock = clock;
        this.events = events;
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
        return pages.detail(planId, user, locale);
    }

    /** The plan for its edit forms; {@link AccessDeniedException} when the user may not change it. */
    public PlanDetail editableDetail(Long planId, SignedInUser user, Locale locale) {
        PlanDetail plan = pages.detail(planId, user, locale);
        if (!plan.editable()) {
            throw new AccessDeniedException("Plan " + planId + " cannot be changed by this user");
        }
        return plan;
    }

    /**
     * What the plan asks to be reported and by whom. No access check: the reporting feature decides who may see
     * which report.
     */
    public ReportingScope reportingScope(Long planId) {
        return scopes.of(planId);
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

    @Transactional
    public Long create(PlanCommands.SavePlan command, SignedInUser user) {
        if (!mayCreatePlans(user)) {
            throw new AccessDeniedException("Only planners create plans");
        }
        Long owner = user.role() == Role.ADMIN && command.ownerOrganizationId() != null
                ? command.ownerOrganizationId()
                : user.organizationId();
        Plan plan = new Plan(owner, clock.instant());
        plan.describe(command, clock.instant());
        return plans.save(plan).id();
    }

    @Transactional
    public void update(Long planId, long version, PlanCommands.SavePlan command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireVersion(version);
        plan.requireEditable();
        plan.describe(command, clock.instant());
    }

    @Transactional
    public void publish(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.publish(clock.instant());
        events.publishEvent(new PlanEvents.PlanPublished(planId, plan.title()));
    }

    @Transactional
    public void openForComments(Long planId, SignedInUser user) {
        guard.editable(planId, user).openForComments(clock.instant());
    }

    @Transactional
    public void close(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.close(clock.instant());
        events.publishEvent(new PlanEvents.PlanClosed(planId, plan.title()));
    }

    private static String nameOf(OrganizationView organization) {
        return organization == null ? "" : organization.fullName();
    }
}
