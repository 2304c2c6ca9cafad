package com.hospitalplan.plan;

/** Where a plan is in its life: being entered, out for comments (征求意见稿), in force, or finished. */
public enum PlanStatus {
    DRAFT,
    DRAFT_FOR_COMMENTS,
    PUBLISHED,
    CLOSED
}
