package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardCaches.PlanEntry;
import com.hospitalplan.dashboard.DashboardCaches.PlanKey;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanFigures;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.targets.LevelScaleCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The dashboards' read model: each plan's figures ({@link PlanStandings}), built on first use (and for every plan
 * once the application is up: {@link DashboardWarmUp}) and kept, and the pages built from them, kept by {@link ViewKey}. What goes out of it
 * is decided by {@link DashboardEvictions}.
 */
@Component
class DashboardReadModel {

    private final Cache standings;
    private final Cache views;
    private final DashboardEvictions evictions;
    private final DashboardData data;
    private final PlanFigures planFigures;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final LevelScales levelScales;
    private final Clock clock;

    DashboardReadModel(
            CacheManager caches,
            DashboardEvictions evictions,
            DashboardData data,
            PlanFigures planFigures,
            PlanService plans,
            OrganizationService organizations,
            LevelScales levelScales,
            Clock clock) {
        this.standings = caches.getCache(DashboardCaches.STANDINGS);
        this.views = caches.getCache(DashboardCaches.VIEWS);
        this.evictions = evictions;
        this.data = data;
        this.planFigures = planFigures;
        this.plans = plans;
        this.organizations = organizations;
        this.levelScales = levelScales;
        this.clock = clock;
    }

    /** The plan's current figures. */
    PlanStandings standings(Long planId) {
        return standings(
                planId, planFigures.changedAt(planId).orElseThrow(() -> new DashboardNotFoundException(planId)));
    }

    /** The current figures of several plans, asking once when each plan last changed. */
    Map<Long, PlanStandings> standings(List<Long> planIds) {
        Map<Long, Instant> changed = planFigures.changedAt();
        Map<Long, PlanStandings> found = new LinkedHashMap<>();
        for (Long planId : planIds) {
            Instant changedAt = changed.get(planId);
            if (changedAt != null) {
                found.put(planId, standings(planId, changedAt));
            }
        }
        return found;
    }

    /** A page built from a plan's figures, built once per key. */
    @SuppressWarnings("unchecked")
    <T> T view(ViewKey key, Supplier<T> build) {
        return (T) get(views, key, build::get);
    }

    private PlanStandings standings(Long planId, Instant changedAt) {
        LocalDate today = LocalDate.now(clock);
        LevelScaleCatalog scales = levelScales.catalog();
        long directory = organizations.directoryGeneration();
        PlanKey key = new PlanKey(planId);
        PlanEntry entry = standings.get(key, PlanEntry.class);
        if (entry != null && entry.current(changedAt, today, scales, directory)) {
            return entry.standings();
        }
        if (entry != null) {
            evictions.planChanged(planId);
        }
        return ((PlanEntry) get(
                        standings,
                        key,
                        () -> new PlanEntry(build(planId, today, scales), changedAt, scales, directory)))
                .standings();
    }

    /** The cached value, built when missing; what the build throws comes through as it is. */
    private static Object get(Cache cache, Object key, Supplier<Object> build) {
        try {
            return cache.get(key, build::get);
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private PlanStandings build(Long planId, LocalDate today, LevelScaleCatalog scales) {
        ReportingScope scope = plans.reportingScope(planId);
        Map<Long, Unit> units = new HashMap<>();
        organizations.findAll(scope.reportingUnits()).values().forEach(o -> units.put(o.id(), Unit.of(o)));
        return PlanStandings.of(scope, units, data.reports(planId), today, scales);
    }
}
