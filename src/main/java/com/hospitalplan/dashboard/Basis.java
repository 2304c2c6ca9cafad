package com.hospitalplan.dashboard;

/** Which reported values a dashboard counts. */
public enum Basis {
    /** Approved values only: the official figures. */
    OFFICIAL,
    /** Approved values and those submitted but not yet decided. */
    WITH_PENDING;

    public static Basis of(String text) {
        return "pending".equalsIgnoreCase(text) ? WITH_PENDING : OFFICIAL;
    }

    /** Whether a value counts on this basis: approved ones always, submitted ones only {@link #WITH_PENDING}. */
    public boolean counts(boolean approved) {
        return approved || this == WITH_PENDING;
    }

    String param() {
        return this == WITH_PENDING ? "pending" : "official";
    }
}
