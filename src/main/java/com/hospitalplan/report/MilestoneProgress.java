package com.hospitalplan.report;

/** How far a milestone has come, as its reporter sees it. */
public enum MilestoneProgress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DELAYED
}
