package com.hospitalplan.targets;

/** How the measured number must relate to the target value. */
public enum Bound {
    /** At least the value (以上, 不低于, ≥); {@link Target#strict()} for "more than" (>, 超过, 高于). */
    AT_LEAST,
    /** At most the value (以内, 不超过, ≤); {@link Target#strict()} for "less than" (<, 小于, 低于). */
    AT_MOST,
    /** About the value (左右), within {@link TargetEvaluator#ABOUT_TOLERANCE} of it. */
    ABOUT,
    /** Between the value and {@link Target#upper()} inclusive ("2~3个"). */
    RANGE,
    /** Reach the value ("达到35%", a plain "120"): at least or at most by the indicator's direction. */
    REACH,
    /** Yes/no: used with {@link Measure#ACHIEVEMENT}. */
    YES
}
