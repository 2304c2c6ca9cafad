package com.hospitalplan.user;

/** What a user does in the product; each user has exactly one role. */
public enum Role {
    /** System administrator: manages users and organisations. */
    ADMIN,
    /** Planning officer (规划/发展办, 卫健局规划科): authors plans. */
    PLANNER,
    /** Hospital department head: submits progress for their unit. */
    REPORTER,
    /** Health-bureau reviewer: approves or returns reports for their region. */
    REVIEWER,
    /** Leadership: reads dashboards only. */
    VIEWER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
