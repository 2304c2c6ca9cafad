package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUser user = new AppUser("reporter", "hash", "赵刚", Role.REPORTER, 6L);

    @Test
    void staysOpenBelowTheLimitOfWrongPasswords() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(5, LOCK, NOW);
        }
        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.failedAttempts()).isEqualTo(4);
    }

    @Test
    void locksForTheLockDurationAtTheLimit() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(5, LOCK, NOW);
        }
        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(5, LOCK, NOW);
        }
        user.recordSuccessfulSignIn();
        user.recordFailedSignIn(5, LOCK, NOW);
        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.failedAttempts()).isEqualTo(1);
    }

    @Test
    void unlockingOpensALockedAccountAtOnce() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(5, LOCK, NOW);
        }
        user.unlock();
        assertThat(user.isLockedAt(NOW)).isFalse();
    }

    @Test
    void changingThePasswordClearsTheDemoMark() {
        user.changePassword("new-hash", NOW);
        assertThat(user.passwordHash()).isEqualTo("new-hash");
        assertThat(user.demoPassword()).isFalse();
    }
}
