package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a number is shown to people: percentages with one decimal, other figures with at most two, no trailing zeros,
 * never exponent notation. A mean of three rates is 67.18966666666667 to the computer and 67.2% to a reader; the
 * judgement itself always uses the exact figure.
 */
public final class Rounding {

    private Rounding() {}

    /** The figure rounded for display in {@code unit}. */
    public static BigDecimal rounded(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        int decimals = "%".equals(unit == null ? null : unit.strip()) ? 1 : 2;
        return value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
    }

    /** "67.2" for 67.18966…% , "2340.33" for 2340.3333 天, "35" for 35.00. */
    public static String display(BigDecimal value, String unit) {
        return Numbers.plain(rounded(value, unit));
    }
}
