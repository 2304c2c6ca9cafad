package com.hospitalplan.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import com.hospitalplan.dashboard.DashboardCaches.PlanEntry;
import com.hospitalplan.dashboard.DashboardCaches.PlanKey;
import com.hospitalplan.report.ReportEvents;
import java.util.concurrent.ConcurrentMap;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Everything that takes figures out of the dashboards' caches, in one place. After a report's transaction commits
 * ({@link ReportEvents.ReportChanged}: submitted, approved, returned, reopened) its institution is judged again in its
 * plan's figures and the plan's pages go; when a plan's content changed (its {@code updated_at}), the day turned, or
 * the level scales or the organisations changed, the plan's figures and pages go (see {@link DashboardReadModel}).
 *
 * <p>With several instances on one database, a report's change is announced to the others in its transaction, and
 * each of them judges the institution again when it hears of it ({@link ClusterChange}). Other changes need no
 * announcement of their own: every instance checks the plan's {@code updated_at}, its level scales and its
 * organisation directory (each told of the others' changes) before it uses the plan's figures.
 */
@Component
class DashboardEvictions {

    /** The topic of a report's change in the change feed; its subject is "planId:organizationId". */
    static final String REPORT_TOPIC = ReportEvents.CLUSTER_TOPIC;

    private final ConcurrentMap<Object, Object> standings;
    private final ConcurrentMap<Object, Object> views;
    private final DashboardData data;
    private final ClusterChanges cluster;

    DashboardEvictions(CacheManager caches, DashboardData data, ClusterChanges cluster) {
        this.standings = nativeMap(caches, DashboardCaches.STANDINGS);
        this.views = nativeMap(caches, DashboardCaches.VIEWS);
        this.data = data;
        this.cluster = cluster;
    }

    /** Tells the other instances, in the report's transaction, that an institution's reports in a plan changed. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(ReportEvents.ReportChanged event) {
        cluster.announce(REPORT_TOPIC, event.planId() + ":" + event.organizationId());
    }

    /** An institution's reports in a plan changed here: only that institution is judged again, at once. */
    @TransactionalEventListener
    void on(ReportEvents.ReportChanged event) {
        unitChanged(event.planId(), event.organizationId());
    }

    /** Another instance changed an institution's reports, or changes were missed and every figure goes. */
    @EventListener
    void on(ClusterChange change) {
        if (change.everything()) {
            standings.clear();
            views.clear();
        } else if (change.topic().equals(REPORT_TOPIC)) {
            String[] ids = change.subject().split(":");
            unitChanged(Long.valueOf(ids[0]), Long.valueOf(ids[1]));
        }
    }

    private void unitChanged(Long planId, Long organizationId) {
        standings.computeIfPresent(
                new PlanKey(planId),
                (key, entry) -> ((PlanEntry) entry).withUnit(organizationId, data.reports(planId, organizationId)));
        evictViews(planId);
    }

    /** The plan's figures are out of date (its content, the day, the level scales or the organisations changed). */
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
