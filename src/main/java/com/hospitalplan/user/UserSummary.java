package com.hospitalplan.user;

import java.time.Instant;

/**
 * One row of the user administration list.
 *
 * @param enabled whether the account may sign in at all
 * @param lockedUntil when sign-in attempts for this name are checked again, while wrong passwords hold them back from
 *     some address; {@code null} otherwise
 * @param passwordChangeRequired an administrator set the password and the user has not yet chosen their own
 */
public record UserSummary(
        Long id,
        String username,
        String displayName,
        Role role,
        String organizationName,
        boolean enabled,
        Instant lockedUntil,
        boolean demoPassword,
        boolean passwordChangeRequired) {

    /** Whether wrong passwords hold back sign-in attempts for this name now (from at least one address). */
    public boolean locked() {
        return lockedUntil != null;
    }
}
