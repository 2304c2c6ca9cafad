package com.hospitalplan.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules a new password must meet, wherever it is set (an account created, a password reset by an administrator, a
 * user's own change). Existing passwords are not checked again: the demo accounts keep signing in with theirs. Returns
 * the message key of the first rule broken.
 */
final class PasswordPolicy {

    /** The password every demo account shares; published in the README, so never acceptable as a real one. */
    static final String DEMO_PASSWORD = "Demo@2026";

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    /** The 10,000 most common passwords, in lower case (source and licence: passwords/README.md beside the list). */
    static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

    private PasswordPolicy() {}

    static Optional<String> violation(String username, String newPassword) {
        if (DEMO_PASSWORD.equals(newPassword)) {
            return Optional.of("password.demo");
        }
        if (newPassword == null || newPassword.codePointCount(0, newPassword.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (newPassword.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (newPassword.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        if (Common.PASSWORDS.contains(newPassword.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** The list, read once when first needed. */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return lines.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
