package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final AppUser user = new AppUser("reporter", "hash", "赵刚", Role.REPORTER, 6L);

    @Test
    void changingThePasswordClearsTheDemoMark() {
        user.changePassword("new-hash", NOW);
        assertThat(user.passwordHash()).isEqualTo("new-hash");
        assertThat(user.demoPassword()).isFalse();
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedByTheUser() {
        assertThat(user.passwordChangeRequired()).isFalse();

        user.resetPassword("admin-hash", NOW);
        assertThat(user.passwordHash()).isEqualTo("admin-hash");
        assertThat(user.passwordChangeRequired()).isTrue();

        user.changePassword("own-hash", NOW);
        assertThat(user.passwordChangeRequired()).isFalse();
    }
}
