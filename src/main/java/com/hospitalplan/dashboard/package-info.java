/**
 * Dashboards: targets against reported values for plans, indicators, institutions and regions.
 *
 * <p>Figures come from a read model ({@link com.hospitalplan.dashboard.DashboardReadModel}): a snapshot per plan
 * ({@link com.hospitalplan.dashboard.PlanStandings}) and the pages built from it, kept in bounded Caffeine caches
 * behind Spring's cache abstraction. A snapshot is built from the reported values once and brought up to date for one
 * institution whenever one of its reports is submitted, approved, returned or reopened; every eviction is
 * {@link com.hospitalplan.dashboard.DashboardEvictions}'s (docs/decisions/0008-dashboard-read-model.md).
 */
@ApplicationModule(
        displayName = "Dashboards",
        allowedDependencies = {
            "cluster",
            "config",
            "judgement",
            "levelscale",
            "organization",
            "plan",
            "project",
            "report",
            "shared",
            "targets",
            "user"
        })
package com.hospitalplan.dashboard;

import org.springframework.modulith.ApplicationModule;
