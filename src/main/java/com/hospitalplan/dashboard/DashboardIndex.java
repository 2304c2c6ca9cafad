package com.hospitalplan.dashboard;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.report.ReportEvents;
import com.hospitalplan.targets.LevelScaleCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps one {@link PlanStandings} per plan in memory. A snapshot is built on first use, again when the plan's content
 * changed, the day turned or an administrator changed the level scales, and brought up to date for one institution as soon as one of its reports was submitted,
 * approved, returned or reopened (after that transaction commits), so an approval shows on every dashboard at once.
 */
@Component
class DashboardIndex {

    private record Entry(PlanStandings standings, Instant planChangedAt, LevelScaleCatalog scales) {

        boolean current(Instant changedAt, LocalDate today, LevelScaleCatalog scalesNow) {
            return planChangedAt.equals(changedAt) && standings.asOf().equals(today) && scales == scalesNow;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DashboardIndex.class);

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final DashboardData data;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final LevelScales levelScales;
    private final Clock clock;
    private final boolean warmUpEnabled;

    DashboardIndex(
            DashboardData data,
            PlanService plans,
            OrganizationService organizations,
            LevelScales levelScales,
            Clock clock,
            AppProperties properties) {
        this.data = data;
        this.plans = plans;
        this.organizations = organizations;
        this.levelScales = levelScales;
        this.clock = clock;
        this.warmUpEnabled = properties.dashboard().warmUp();
    }

    /** The plan's current standings. */
    PlanStandings standings(Long planId) {
        return standings(planId, data.planChangedAt(planId).orElseThrow(() -> new DashboardNotFoundException(planId)));
    }

    /** The current standings of several plans, asking once when each plan last changed. */
    Map<Long, PlanStandings> standings(List<Long> planIds) {
        Map<Long, Instant> changed = data.plansChangedAt();
        Map<Long, PlanStandings> found = new LinkedHashMap<>();
        for (Long planId : planIds) {
            Instant changedAt = changed.get(planId);
            if (changedAt != null) {
                found.put(planId, standings(planId, changedAt));
            }
        }
        return found;
    }

    private PlanStandings standings(Long planId, Instant changedAt) {
        LocalDate today = LocalDate.now(clock);
        LevelScaleCatalog scales = levelScales.catalog();
        Entry entry = entries.get(planId);
        if (entry != null && entry.current(changedAt, today, scales)) {
            return entry.standings();
        }
        return entries.compute(
                        planId,
                        (id, current) -> current != null && current.current(changedAt, today, scales)
                                ? current
                                : new Entry(build(id, today, scales), changedAt, scales))
                .standings();
    }

    /** Builds every plan's figures in the background once the application is up, so first visits are fast too. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!warmUpEnabled) {
            return;
        }
        Thread warmUp = new Thread(
                () -> {
                    for (Long planId : data.planIds()) {
                        try {
                            standings(planId);
                        } catch (RuntimeException e) {
                            LOG.warn("Dashboard figures of plan {} not prepared: {}", planId, e.toString());
                        }
                    }
                    LOG.info("Dashboard figures of every plan prepared");
                },
                "dashboard-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @TransactionalEventListener
    void on(ReportEvents.ReportChanged event) {
        entries.computeIfPresent(
                event.planId(),
                (id, entry) -> new Entry(
                        entry.standings().withUnit(event.organizationId(), data.reports(id, event.organizationId())),
                        entry.planChangedAt(),
                        entry.scales()));
    }

    private PlanStandings build(Long planId, LocalDate today, LevelScaleCatalog scales) {
        ReportingScope scope = plans.reportingScope(planId);
        Set<Long> reporters = new HashSet<>();
        scope.indicators().forEach(i -> reporters.addAll(i.reporters()));
        scope.milestones().forEach(m -> reporters.addAll(m.reporters()));
        scope.budgetLines().forEach(b -> reporters.addAll(b.reporters()));
        Map<Long, Unit> units = new HashMap<>();
        organizations.findAll(reporters).values().forEach(o -> units.put(o.id(), Unit.of(o)));
        return PlanStandings.of(scope, units, data.reports(planId), today, scales);
    }
}
