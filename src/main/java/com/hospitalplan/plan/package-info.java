/**
 * Plans: issuer, coverage, period, status and revisions; the goal tree, milestones, indicators with their targets,
 * and budgets with the totals the document states.
 */
package com.hospitalplan.plan;
