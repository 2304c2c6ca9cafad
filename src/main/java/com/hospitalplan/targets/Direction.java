package com.hospitalplan.targets;

/** Which way an indicator should move. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    WITHIN_BAND
}
