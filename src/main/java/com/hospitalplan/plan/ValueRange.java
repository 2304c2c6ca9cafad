package com.hospitalplan.plan;

import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The values a report may state for an indicator. A percentage indicator's value is a share, so it lies between 0 and
 * 100, unless the indicator itself states a figure beyond that: a baseline or a target over 100% (a bed occupancy of
 * 105%, a growth rate of 150%) lifts the upper limit, a negative one (a fall of 5%) the lower. Other kinds have no
 * range here (a spending amount, which is never negative, is a budget line's matter). Plain Java.
 *
 * @param lowest the lowest value allowed, or {@code null} for none
 * @param highest the highest value allowed, or {@code null} for none
 */
public record ValueRange(BigDecimal lowest, BigDecimal highest) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ValueRange ANY = new ValueRange(null, null);

    /** The range of an indicator of {@code kind} with the given baseline and targets (any of them may be null). */
    public static ValueRange of(ValueKind kind, BigDecimal baseline, Collection<Target> targets) {
        if (kind != ValueKind.PERCENTAGE) {
            return ANY;
        }
        Stream<BigDecimal> targetFigures =
                targets.stream().filter(Objects::nonNull).flatMap(t -> Stream.of(t.value(), t.upper()));
        var stated = Stream.concat(Stream.of(baseline), targetFigures)
                .filter(Objects::nonNull)
                .toList();
        boolean beyondHundred = stated.stream().anyMatch(v -> v.compareTo(HUNDRED) > 0);
        boolean belowZero = stated.stream().anyMatch(v -> v.signum() < 0);
        return new ValueRange(belowZero ? null : BigDecimal.ZERO, beyondHundred ? null : HUNDRED);
    }

    public boolean contains(BigDecimal value) {
        return value == null
                || (lowest == null || value.compareTo(lowest) >= 0)
                        && (highest == null || value.compareTo(highest) <= 0);
    }
}
