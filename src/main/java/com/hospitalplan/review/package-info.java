/**
 * Review of submitted reports: the reviewer's queue of reports waiting for a decision, and the decisions themselves
 * (approve, return with reasons, reopen an approved report), taken through the reporting module's {@link
 * com.hospitalplan.report.ReportDecisions}.
 */
@ApplicationModule(
        displayName = "Review",
        allowedDependencies = {"organization", "report", "shared", "user"})
package com.hospitalplan.review;

import org.springframework.modulith.ApplicationModule;
