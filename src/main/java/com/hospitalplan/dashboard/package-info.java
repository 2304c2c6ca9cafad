/**
 * Dashboards: targets against reported values for plans, indicators, institutions and regions.
 *
 * <p>Figures come from an in-memory snapshot per plan ({@link com.hospitalplan.dashboard.PlanStandings}), built from
 * the reported values once and brought up to date for one institution whenever one of its reports is submitted,
 * approved, returned or reopened, so that dashboards stay fast at province scale and show an approval at once.
 */
package com.hospitalplan.dashboard;
