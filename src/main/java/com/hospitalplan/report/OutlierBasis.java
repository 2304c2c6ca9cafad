package com.hospitalplan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The value a new value is compared with to find an outlier: the latest approved value of an earlier period of the
 * same kind (a quarter with the quarter before, a year with the year before). A quarter is never compared with a
 * year: a quarter's figure of a cumulative indicator is a fraction of the year's, so it would always look far off.
 * Plain Java.
 */
final class OutlierBasis {

    /** An approved value of an earlier period. */
    record Earlier(PeriodKind kind, LocalDate endsOn, BigDecimal number) {}

    private OutlierBasis() {}

    /** The number to compare with, or {@code null} when no earlier period of the same kind has one. */
    static BigDecimal of(PeriodKind kind, Collection<Earlier> earlier) {
        return earlier.stream()
                .filter(e -> e.kind() == kind && e.number() != null)
                .max(Comparator.comparing(Earlier::endsOn))
                .map(Earlier::number)
                .orElse(null);
    }
}
