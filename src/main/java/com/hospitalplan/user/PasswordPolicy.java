package com.hospitalplan.user;

import java.util.Optional;

/** Rules a new password must meet. Returns the message key of the first rule broken. */
final class PasswordPolicy {

    /** The password every demo account shares; published in the README, so never acceptable as a real one. */
    static final String DEMO_PASSWORD = "Demo@2026";

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    static Optional<String> violation(String username, String newPassword) {
        if (newPassword == null || newPassword.codePointCount(0, newPassword.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (newPassword.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (newPassword.equals(DEMO_PASSWORD)) {
            return Optional.of("password.demo");
        }
        if (newPassword.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
