package com.hospitalplan.dashboard;

/** Which target a dashboard judges against when a plan was revised. */
public enum TargetVariant {
    /** The target in force: the adjusted one where the plan was revised. */
    ADJUSTED,
    /** The target as first published. */
    ORIGINAL;

    public static TargetVariant of(String text) {
        return "original".equalsIgnoreCase(text) ? ORIGINAL : ADJUSTED;
    }

    String param() {
        return this == ORIGINAL ? "original" : "adjusted";
    }
}
