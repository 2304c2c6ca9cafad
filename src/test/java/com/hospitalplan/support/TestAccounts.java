package com.hospitalplan.support;

import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Object Mother of accounts: new, uniquely named users of any role in a given organisation, made through
 * {@link UserService} (so with the real password policy and hashing).
 */
@Component
public class TestAccounts {

    /** The password of accounts made without one. */
    public static final String PASSWORD = "Test-password-1";

    /** An account: its id and user name. */
    public record Account(long id, String username) {}

    private static final AtomicInteger sequence = new AtomicInteger();

    private final UserService users;
    private final UserDetailsService signIn;
    private final TestOrganizations organizations;
    private final JdbcTemplate jdbc;
    private Long ownHospital;

    TestAccounts(UserService users, UserDetailsService signIn, TestOrganizations organizations, JdbcTemplate jdbc) {
        this.users = users;
        this.signIn = signIn;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** A new reporter, named 测试用户, of a hospital made for these tests, with the given password. */
    public String reporterWithPassword(String password) {
        return account(Role.REPORTER, hospital(), "测试用户", password).username();
    }

    /** A new account with {@code role} in the organisation {@code organizationId}; returns the user name. */
    public String accountOf(String role, long organizationId) {
        return account(Role.valueOf(role), organizationId).username();
    }

    /** A new account with {@code role} in the organisation {@code organizationId} and the password {@link #PASSWORD}. */
    public Account account(Role role, long organizationId) {
        return account(role, organizationId, "测试" + role, PASSWORD);
    }

    /** A new account with {@code role} in the organisation {@code organizationId}, as it signs in. */
    public SignedInUser signedIn(Role role, long organizationId) {
        return as(account(role, organizationId).username());
    }

    /**
     * A new reviewer of a new health bureau in the region of the organisation {@code organizationId}: one who may
     * decide on that organisation's reports.
     */
    public SignedInUser reviewerOver(long organizationId) {
        return signedIn(Role.REVIEWER, organizations.bureauOver(organizationId));
    }

    /** A new account with {@code role} in a hospital made for these tests, as it signs in. */
    public SignedInUser signedIn(Role role) {
        return signedIn(role, hospital());
    }

    /** The signed-in principal of an existing account. */
    public SignedInUser as(String username) {
        return (SignedInUser) signIn.loadUserByUsername(username);
    }

    private Account account(Role role, long organizationId, String displayName, String password) {
        String username =
                "test-" + role.name().toLowerCase() + "-" + System.nanoTime() + "-" + sequence.incrementAndGet();
        users.create(username, displayName, null, role, organizationId, password)
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException("account refused: " + refusal);
                });
        // An administrator's new account must choose its own password first (UserService.create); the accounts tests
        // sign in with are taken as having done so. AdministrationTest shows the first sign-in of a new account.
        jdbc.update("update app_user set password_change_required = false where username = ?", username);
        return new Account(idOf(username), username);
    }

    /** The hospital of {@link #reporterWithPassword}, made once for this application context. */
    private synchronized long hospital() {
        if (ownHospital == null) {
            ownHospital = organizations.tree().hospitalId();
        }
        return ownHospital;
    }

    /**
     * {@code count} new accounts with {@code role} in the organisation {@code organizationId}, named
     * {@code <prefix>0001}, {@code <prefix>0002}…: the first made through {@link UserService}, the others copies of it
     * with their own names (hashing a password a few thousand times would take minutes). Returns the user names.
     */
    public java.util.List<String> many(String prefix, Role role, long organizationId, int count) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + String.format("%04d", i));
        }
        users.create(names.get(0), "批量" + role, null, role, organizationId, PASSWORD)
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException("account refused: " + refusal);
                });
        jdbc.update("update app_user set password_change_required = false where username = ?", names.get(0));
        jdbc.batchUpdate(
                """
                insert into app_user (username, password_hash, display_name, role, organization_id)
                select ?, password_hash, display_name, role, organization_id from app_user where username = ?""",
                names.subList(1, count).stream()
                        .map(name -> new Object[] {name, names.get(0)})
                        .toList());
        return names;
    }

    public String passwordHashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    public long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
