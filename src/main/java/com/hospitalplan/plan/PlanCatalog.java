package com.hospitalplan.plan;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every plan's summary and what it covers, as the plan list, the dashboards and the to-do counts ask for them on
 * every page: kept while no plan changed (each change moves its {@code updated_at}, which one small query reads) and the
 * organisation directory did not, so that a page costs that query instead of loading every plan and counting their
 * goals and indicators. Another instance's change is seen as any other: through {@code updated_at}.
 */
@Component
class PlanCatalog {

    /** A plan as listed, with what decides who may read it. */
    record Listed(PlanSummary summary, PlanAccess.Scope scope) {}

    private record Snapshot(Map<Long, Instant> versions, long directory, List<Listed> plans, Map<Long, Listed> byId) {

        Snapshot(Map<Long, Instant> versions, long directory, List<Listed> plans) {
            this(
                    versions,
                    directory,
                    plans,
                    plans.stream()
                            .collect(Collectors.toUnmodifiableMap(
                                    l -> l.summary().id(), l -> l)));
        }
    }

    private final PlanRepository plans;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final PlanFigures figures;
    private final PlanGuard guard;
    private final OrganizationService organizations;
    private final TransactionTemplate reading;

    private volatile Snapshot kept;

    PlanCatalog(
            PlanRepository plans,
            GoalRepository goals,
            IndicatorRepository indicators,
            PlanFigures figures,
            PlanGuard guard,
            OrganizationService organizations,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.goals = goals;
        this.indicators = indicators;
        this.figures = figures;
        this.guard = guard;
        this.organizations = organizations;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * Every plan, newest period first. Made again in the caller's transaction if it has one; when a plan changes while the list is made,
     * the list is kept under the versions read before, so the next call makes it again.
     */
    List<Listed> plans() {
        return current().plans();
    }

    /** One plan as listed, or empty when there is no such plan. */
    Optional<Listed> find(Long planId) {
        return Optional.ofNullable(current().byId().get(planId));
    }

    private Snapshot current() {
        Map<Long, Instant> versions = figures.changedAt();
        long directory = organizations.directoryGeneration();
        Snapshot snapshot = kept;
        if (snapshot != null
                && snapshot.directory() == directory
                && snapshot.versions().equals(versions)) {
            return snapshot;
        }
        // in a transaction of its own unless the caller has one: the kept catalogue is read without any
        Snapshot made = new Snapshot(versions, directory, reading.execute(status -> list()));
        kept = made;
        return made;
    }

    private List<Listed> list() {
        List<Plan> all = plans.findAllByOrderByStartYearDescIdAsc();
        Map<Long, OrganizationView> owners = organizations.findAll(
                all.stream().map(Plan::ownerOrganizationId).collect(Collectors.toSet()));
        Map<Long, Long> goalCounts = countsByPlan(goals.countPerPlan());
        Map<Long, Long> indicatorCounts = countsByPlan(indicators.countPerPlan());
        return all.stream()
                .map(plan -> new Listed(
                        new PlanSummary(
                                plan.id(),
                                plan.key(),
                                plan.title(),
                                plan.issuer(),
                                nameOf(owners.get(plan.ownerOrganizationId())),
                                plan.status(),
                                plan.startYear(),
                                plan.endYear(),
                                goalCounts.getOrDefault(plan.id(), 0L),
                                indicatorCounts.getOrDefault(plan.id(), 0L)),
                        guard.scope(plan)))
                .toList();
    }

    private static Map<Long, Long> countsByPlan(List<PlanCount> counts) {
        return counts.stream().collect(Collectors.toMap(PlanCount::getPlanId, PlanCount::getCount));
    }

    private static String nameOf(OrganizationView organization) {
        return organization == null ? "" : organization.fullName();
    }
}
