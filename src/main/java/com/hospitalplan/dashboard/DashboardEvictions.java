package com.hospitalplan.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.hospitalplan.dashboard.DashboardCaches.PlanEntry;
import com.hospitalplan.dashboard.DashboardCaches.PlanKey;
import com.hospitalplan.report.ReportEvents;
import java.util.concurrent.ConcurrentMap;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Everything that takes figures out of the dashboards' caches, in one place. After a report's transaction commits
 * ({@link ReportEvents.ReportChanged}: submitted, approved, returned, reopened) its institution is judged again in its
 * plan's figures and the plan's pages go; when a plan's content changed (its {@code updated_at}), the day turned or
 * the level scales changed, the plan's figures and pages go. With several instances sharing one database, this class
 * is where an eviction would be broadcast to the others (issue 13).
 */
@Component
class DashboardEvictions {

    private final ConcurrentMap<Object, Object> standings;
    private final ConcurrentMap<Object, Object> views;
    private final DashboardData data;

    DashboardEvictions(CacheManager caches, DashboardData data) {
        this.standings = nativeMap(caches, DashboardCaches.STANDINGS);
        this.views = nativeMap(caches, DashboardCaches.VIEWS);
        this.data = data;
    }

    /** An institution's reports in a plan changed: only that institution is judged again, at once. */
    @TransactionalEventListener
    void on(ReportEvents.ReportChanged event) {
        Long planId = event.planId();
        standings.computeIfPresent(
                new PlanKey(planId),
                (key, entry) -> ((PlanEntry) entry)
                        .withUnit(event.organizationId(), data.reports(planId, event.organizationId())));
        evictViews(planId);
    }

    /** The plan's figures are out of date (its content, the day or the level scales changed). */
    void planChanged(Long planId) {
        standings.remove(new PlanKey(planId));
        evictViews(planId);
    }

    private void evictViews(Long planId) {
        views.keySet().removeIf(key -> ((ViewKey) key).planId().equals(planId));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<Object, Object> nativeMap(CacheManager caches, String name) {
        return ((Cache<Object, Object>) caches.getCache(name).getNativeCache()).asMap();
    }
}
