package com.hospitalplan.dashboard;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.hospitalplan.config.AppProperties;
import com.hospitalplan.targets.LevelScaleCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboards' read model lives in two caches of Spring's cache abstraction, backed by Caffeine (see
 * docs/decisions/0008-dashboard-read-model.md): each plan's figures ({@link PlanStandings}) and the pages built from
 * them ({@link ViewKey}). Both are bounded; {@link DashboardEvictions} alone takes anything out of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class DashboardCaches {

    static final String STANDINGS = "dashboard-standings";
    static final String VIEWS = "dashboard-views";

    /**
     * What one unit of a plan's {@link PlanStandings#weight()} takes on the heap, about: mostly one yearly value with
     * its number (measured at province scale: 1.1 million values in about 125 MB, docs/performance.md).
     */
    static final long BYTES_PER_WEIGHT = 120;

    /** Pages kept: one per plan, viewer's set of institutions, switches, page and language. */
    private static final long MAX_VIEWS = 5_000;

    /** A plan's cache key. */
    record PlanKey(Long planId) {}

    /**
     * A plan's figures with what they were built from: when the plan last changed, the level scales and the
     * organisation directory's generation (names, grades and regions of the institutions).
     */
    record PlanEntry(PlanStandings standings, Instant planChangedAt, LevelScaleCatalog scales, long directory) {

        boolean current(Instant changedAt, LocalDate today, LevelScaleCatalog scalesNow, long directoryNow) {
            return planChangedAt.equals(changedAt)
                    && standings.asOf().equals(today)
                    && scales == scalesNow
                    && directory == directoryNow;
        }

        PlanEntry withUnit(Long organizationId, UnitReports reports) {
            return new PlanEntry(standings.withUnit(organizationId, reports), planChangedAt, scales, directory);
        }
    }

    /** The most weight the plans' figures may have together: a share of the maximum heap. */
    static long maximumWeight(long maxHeapBytes, double heapShare) {
        return Math.max(1, (long) (maxHeapBytes * heapShare) / BYTES_PER_WEIGHT);
    }

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> dashboardCacheBounds(AppProperties properties) {
        long maximumWeight = maximumWeight(
                Runtime.getRuntime().maxMemory(), properties.dashboard().heapShare());
        return manager -> {
            manager.registerCustomCache(
                    STANDINGS,
                    Caffeine.newBuilder()
                            .maximumWeight(maximumWeight)
                            .<Object, Object>weigher((key, entry) ->
                                    ((PlanEntry) entry).standings().weight())
                            .expireAfterAccess(Duration.ofDays(2))
                            .build());
            manager.registerCustomCache(
                    VIEWS,
                    Caffeine.newBuilder()
                            .maximumSize(MAX_VIEWS)
                            .expireAfterAccess(Duration.ofHours(1))
                            .build());
        };
    }
}
