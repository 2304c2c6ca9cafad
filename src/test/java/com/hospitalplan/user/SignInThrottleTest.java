package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.support.PostgresJpaTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The throttle's counts in PostgreSQL over time (the default settings: 5 per name, 30 per address, 1 min to 1 h). */
@PostgresJpaTest
@AutoConfigureJdbc
@RecordApplicationEvents
@Import({SignInThrottle.class, SignInThrottleTest.MovableClock.class})
@EnableConfigurationProperties(AppProperties.class)
class SignInThrottleTest {

    private static final String ADDRESS = "192.0.2.7";

    @Autowired
    SignInThrottle throttle;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void aRefusalEndsAfterItsDelayAndTheNextWrongPasswordDoublesIt() {
        String name = "throttle-" + System.nanoTime();
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(name, ADDRESS);
        }
        assertThat(throttle.refusedUntil(name, ADDRESS)).contains(start.plus(Duration.ofMinutes(1)));
        assertThat(throttle.refusedUntil(name.toUpperCase(), ADDRESS))
                .as("names count in any case")
                .isPresent();
        assertThat(throttle.refusedUntil(name, "192.0.2.8")).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusedUntil(name, ADDRESS)).isEmpty();
        throttle.recordFailure(name, ADDRESS);
        assertThat(throttle.refusedUntil(name, ADDRESS))
                .contains(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(events.stream(SignInThrottled.class))
                .extracting(SignInThrottled::until)
                .containsExactly(
                        start.plus(Duration.ofMinutes(1)), clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void wrongPasswordsAreForgottenADayAfterTheLastAndPurgedThen() {
        String name = "forgotten-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name, ADDRESS);
        }

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        throttle.recordFailure(name, ADDRESS);
        assertThat(throttle.refusedUntil(name, ADDRESS))
                .as("counting started again")
                .isEmpty();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        throttle.purge();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name, ADDRESS);
        }
        assertThat(throttle.refusedUntil(name, ADDRESS)).isEmpty();
        assertThat(throttle.refusedAccounts()).doesNotContainKey(name);
    }

    @Test
    void liftingARefusedNameOpensItFromEveryAddress() {
        String name = "lifted-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(name, "192.0.2.9");
            throttle.recordFailure(name, "192.0.2.10");
        }
        assertThat(throttle.refusedAccounts()).containsKey(name);

        assertThat(throttle.lift(name)).isTrue();

        assertThat(throttle.refusedUntil(name, "192.0.2.9")).isEmpty();
        assertThat(throttle.refusedUntil(name, "192.0.2.10")).isEmpty();
        assertThat(throttle.lift(name)).as("nothing left to lift").isFalse();
    }

    /** A clock the test moves forward; it starts now, in whole seconds (PostgreSQL keeps microseconds). */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock extends Clock {

        private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        @Bean
        MovableClock clock() {
            return this;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
