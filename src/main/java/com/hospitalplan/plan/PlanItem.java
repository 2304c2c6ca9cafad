package com.hospitalplan.plan;

/** A goal, indicator, milestone or budget line: kept in document order inside its plan, edited by version. */
interface PlanItem {

    Long id();

    int position();

    long version();
}
