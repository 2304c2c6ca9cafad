/**
 * Progress reporting and review: reporting periods, one report per reporting unit and period (values, milestone
 * statuses, spending, narrative), submission, approval or return, and the history of every change.
 */
package com.hospitalplan.report;
