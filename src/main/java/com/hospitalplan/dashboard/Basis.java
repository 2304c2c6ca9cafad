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

    String param() {
        return this == WITH_PENDING ? "pending" : "official";
    }
}
