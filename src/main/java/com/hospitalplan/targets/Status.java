package com.hospitalplan.targets;

/** Where an indicator stands against its target. */
public enum Status {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA
}
