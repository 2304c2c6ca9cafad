package com.hospitalplan.user;

/** The states the user list filters by (an account can be in several: disabled and locked). */
public enum UserStatus {
    /** Enabled and not held back by wrong passwords: it signs in. */
    ACTIVE,
    /** Disabled by an administrator. */
    DISABLED,
    /** Wrong passwords hold back sign-in attempts for its name now (from at least one address). */
    LOCKED,
    /** An administrator set the password; the user has not yet chosen their own. */
    PASSWORD_CHANGE
}
