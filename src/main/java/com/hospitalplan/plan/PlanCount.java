package com.hospitalplan.plan;

/** How many of something (goals, indicators) a plan has: one row of a count grouped by plan. */
interface PlanCount {

    Long getPlanId();

    long getCount();
}
