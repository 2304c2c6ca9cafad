package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Plans as a whole: listing, reading, creating, describing, publishing, closing. */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanCatalog catalog;
    private final PlanGuard guard;
    private final OrganizationService organizations;
    private final PlanPages pages;
    private final ReportingScopes scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanService(
            PlanRepository plans,
            PlanCatalog catalog,
            PlanGuard guard,
            OrganizationService organizations,
            PlanPages pages,
            ReportingScopes scopes,
            Clock clock,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.catalog = catalog;
        this.guard = guard;
        this.organizations = organizations;
        this.pages = pages;
        this.scopes = scopes;
        this.clock = clock;
        this.events = events;
    }

    /** The plans the user may read, newest period first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the kept catalogue: no transaction needed
    public List<PlanSummary> visiblePlans(SignedInUser user) {
        RegionTree regions = organizations.regionTree();
        PlanAccess.Actor actor = guard.actor(user);
        return catalog.plans().stream()
                .filter(listed -> PlanAccess.canRead(actor, listed.scope(), regions))
                .map(PlanCatalog.Listed::summary)
                .toList();
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

    /** The plan's title, from the kept plan catalogue. No access check, as {@link #reportingScope}. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the kept catalogue: no transaction needed
    public String title(Long planId) {
        return catalog.find(planId)
                .map(listed -> listed.summary().title())
                .orElseThrow(() -> new PlanNotFoundException("plan", planId));
    }

    /** Whether the user may read the plan (for features that show things of a plan). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the kept catalogue: no transaction needed
    public boolean mayRead(Long planId, SignedInUser user) {
        return catalog.find(planId)
                .map(listed -> PlanAccess.canRead(guard.actor(user), listed.scope(), organizations.regionTree()))
                .orElse(false);
    }

    /** Whether the user may change the plan: its owner's planners and administrators. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // the kept catalogue: no transaction needed
    public boolean mayChange(Long planId, SignedInUser user) {
        return catalog.find(planId)
                .map(listed -> PlanAccess.canEdit(guard.actor(user), listed.scope()))
                .orElse(false);
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
}
