package com.hospitalplan.plan;

/** What a reported value of an indicator is. */
public enum ValueKind {
    NUMBER,
    PERCENTAGE,
    LEVEL,
    YES_NO
}
