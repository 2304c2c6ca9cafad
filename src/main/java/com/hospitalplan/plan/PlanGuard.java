package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionTree;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Loads a plan for a user and applies {@link PlanAccess}: unseen plans are "not found", read-only ones "denied". */
@Component
class PlanGuard {

    private record ScopeAt(long planVersion, long directoryGeneration, PlanAccess.Scope scope) {}

    private final PlanRepository plans;
    private final OrganizationService organizations;
    private final Map<Long, ScopeAt> scopes = new ConcurrentHashMap<>();

    PlanGuard(PlanRepository plans, OrganizationService organizations) {
        this.plans = plans;
        this.organizations = organizations;
    }

    Plan readable(Long planId, SignedInUser user) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException("plan", planId));
        if (!canRead(plan, user, organizations.regionTree())) {
            throw new PlanNotFoundException("plan", planId);
        }
        return plan;
    }

    Plan editable(Long planId, SignedInUser user) {
        Plan plan = readable(planId, user);
        if (!canEdit(plan, user)) {
            throw new AccessDeniedException("Only the owner's planners may change plan " + planId);
        }
        return plan;
    }

    boolean canRead(Plan plan, SignedInUser user, RegionTree regions) {
        return PlanAccess.canRead(actor(user), scope(plan), regions);
    }

    boolean canEdit(Plan plan, SignedInUser user) {
        return PlanAccess.canEdit(actor(user), scope(plan));
    }

    PlanAccess.Actor actor(SignedInUser user) {
        OrganizationView organization = organizations
                .find(user.organizationId())
                .orElseThrow(() -> new IllegalStateException("User without organisation " + user.id()));
        return new PlanAccess.Actor(
                user.role(),
                organization.id(),
                organization.parentId(),
                organization.regionCode(),
                organization.regionWide());
    }

    /**
     * What the plan covers, kept per plan version and organisation directory: every access check needs it, and it
     * changes only with the plan (covering other institutions or regions makes a new version) or the directory.
     */
    PlanAccess.Scope scope(Plan plan) {
        long generation = organizations.directoryGeneration();
        ScopeAt cached = scopes.get(plan.id());
        if (cached != null && cached.planVersion() == plan.version() && cached.directoryGeneration() == generation) {
            return cached.scope();
        }
        PlanAccess.Scope scope = scopeOf(plan);
        scopes.put(plan.id(), new ScopeAt(plan.version(), generation, scope));
        return scope;
    }

    private PlanAccess.Scope scopeOf(Plan plan) {
        List<Coverage> coverage = plan.coverage();
        Set<Long> organizationIds = coverage.stream()
                .map(Coverage::organizationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> lookup = new java.util.HashSet<>(organizationIds);
        lookup.add(plan.ownerOrganizationId());
        Map<Long, OrganizationView> found = organizations.findAll(lookup);
        OrganizationView owner = found.get(plan.ownerOrganizationId());
        return new PlanAccess.Scope(
                plan.ownerOrganizationId(),
                owner == null ? null : owner.regionCode(),
                organizationIds,
                organizationIds.stream()
                        .map(found::get)
                        .filter(Objects::nonNull)
                        .map(OrganizationView::regionCode)
                        .collect(Collectors.toSet()),
                coverage.stream()
                        .map(Coverage::regionCode)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
    }
}
