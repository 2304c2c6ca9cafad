package com.hospitalplan.report;

/** How far a milestone has come, as its reporter sees it. */
public enum MilestoneProgress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DELAYED;

    /** The progress of this name, or {@code null} for none or an unknown name. */
    public static MilestoneProgress parse(String name) {
        for (MilestoneProgress progress : values()) {
            if (progress.name().equals(name)) {
                return progress;
            }
        }
        return null;
    }
}
