package com.hospitalplan.user;

import java.util.List;

/**
 * What happened to accounts, published in the transaction that does it, for whoever keeps a record of it (the audit
 * log). Who did it and from where is the business of the listener (the request being served). Ending sessions is
 * {@link AccountChanged}'s.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** An administrator created an account. */
    public record AccountCreated(Long userId, String username, Role role, Long organizationId) {}

    /**
     * An administrator changed an account's details.
     *
     * @param changes what changed, one entry a field: {@code role REPORTER→REVIEWER}, {@code organization 3→7},
     *     {@code enabled true→false}, {@code displayName}, {@code email} (personal details are named, not copied)
     * @param roleChanged whether its role changed
     */
    public record AccountUpdated(Long userId, String username, List<String> changes, boolean roleChanged) {}

    /** An administrator set a new password for the account. */
    public record PasswordReset(Long userId, String username) {}

    /** The account's owner changed their password. */
    public record PasswordChanged(Long userId, String username) {}
}
