/**
 * Plans: issuer, coverage, period, status and revisions; the goal tree, milestones, indicators with their targets,
 * and budgets with the totals the document states.
 */
@ApplicationModule(
        displayName = "Plans",
        allowedDependencies = {"levelscale", "organization", "shared", "targets", "user"})
package com.hospitalplan.plan;

import org.springframework.modulith.ApplicationModule;
