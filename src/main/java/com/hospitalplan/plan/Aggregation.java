package com.hospitalplan.plan;

/**
 * How the values of several institutions roll up to a region or a whole plan: an indicator declares it, or its value
 * kind implies one ({@link #defaultFor}).
 */
public enum Aggregation {
    SUM,
    AVERAGE,
    /** The average weighted by another indicator of the plan (a rate weighted by its denominator). */
    WEIGHTED_AVERAGE,
    MINIMUM,
    MAXIMUM,
    /** How many institutions meet the target. */
    COUNT_MEETING,
    /** Which share of the institutions meets the target, in percent. */
    SHARE_MEETING,
    /** The values mean nothing together; each institution is judged on its own. */
    NONE;

    /**
     * Numbers add up, rates (percentages and "per" units such as 张/千人) average, levels take the lowest, yes/no
     * counts who has done it.
     */
    public static Aggregation defaultFor(ValueKind kind, String unit) {
        return switch (kind) {
            case NUMBER -> unit != null && (unit.contains("/") || unit.contains("每")) ? AVERAGE : SUM;
            case PERCENTAGE -> AVERAGE;
            case LEVEL -> MINIMUM;
            case YES_NO -> SHARE_MEETING;
        };
    }
}
