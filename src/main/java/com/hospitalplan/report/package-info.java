/**
 * Progress reporting: reporting periods, one report per reporting unit and period
 * (values, milestone progress and sub-targets, spending, narrative), its submission, and the history of every change.
 * Other modules use its services in this package: {@link com.hospitalplan.report.ReportingPeriods}, {@link
 * com.hospitalplan.report.ReportDrafting}, {@link com.hospitalplan.report.ReportPages}, and {@link
 * com.hospitalplan.report.ReportDecisions}, through which the review module approves, returns and reopens reports;
 * and they hear of a report's life through {@link com.hospitalplan.report.ReportEvents.ReportChanged}.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"config", "judgement", "levelscale", "organization", "plan", "shared", "targets", "user"
        })
package com.hospitalplan.report;

import org.springframework.modulith.ApplicationModule;
