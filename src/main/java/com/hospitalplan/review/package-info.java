/**
 * Review of submitted reports: the reviewer's queue of reports waiting for a decision, and the decisions themselves
 * (approve, return with reasons, reopen an approved report), taken through the reporting module's {@link
 * com.hospitalplan.report.ReportDecisions}.
 */
package com.hospitalplan.review;
