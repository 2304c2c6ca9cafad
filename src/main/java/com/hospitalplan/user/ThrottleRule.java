package com.hospitalplan.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long wrong passwords hold back further attempts: below {@code freeFailures} none; at that count
 * {@code firstDelay}, and twice as long with each further wrong password, up to {@code maxDelay}. Only attempts made
 * after a delay ended are checked and counted, so a guesser gets ever fewer tries an hour.
 */
record ThrottleRule(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** Doubling more often than this would overflow; the delay has long reached its maximum by then. */
    private static final int MAX_DOUBLINGS = 30;

    ThrottleRule {
        if (freeFailures < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("throttling needs at least one free failure and firstDelay <= maxDelay");
        }
    }

    /** Until when attempts are refused after {@code failures} wrong passwords, the last one at {@code now}. */
    Optional<Instant> refusedUntil(int failures, Instant now) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures, MAX_DOUBLINGS);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
