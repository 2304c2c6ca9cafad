package com.hospitalplan.report;

/** The plan a report belongs to, as its events name it. */
record ReportedPlan(Long planId, String title) {}
