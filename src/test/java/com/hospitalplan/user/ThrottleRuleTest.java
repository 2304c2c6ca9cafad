package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final ThrottleRule rule = new ThrottleRule(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void refusesNothingBelowTheFreeFailures() {
        assertThat(rule.refusedUntil(1, NOW)).isEmpty();
        assertThat(rule.refusedUntil(4, NOW)).isEmpty();
    }

    @Test
    void refusesForTheFirstDelayAtTheFreeFailuresAndTwiceAsLongWithEachFurtherOne() {
        assertThat(rule.refusedUntil(5, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(rule.refusedUntil(6, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(rule.refusedUntil(7, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(rule.refusedUntil(10, NOW)).contains(NOW.plus(Duration.ofMinutes(32)));
    }

    @Test
    void neverRefusesForLongerThanTheMaximum() {
        assertThat(rule.refusedUntil(11, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(rule.refusedUntil(1_000_000, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }
}
