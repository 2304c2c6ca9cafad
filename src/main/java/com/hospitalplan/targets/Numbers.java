package com.hospitalplan.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal arithmetic for targets: never floating point. */
final class Numbers {

    static final MathContext CONTEXT = MathContext.DECIMAL64;

    private Numbers() {}

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    /** "35", "33.2", "0.5": no trailing zeros, never exponent notation. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A fraction as a percentage with one decimal: 0.94857 → "94.9%". */
    static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }
}
