package com.hospitalplan.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates accounts of their own for tests that change an account (lock it, change its password). */
@Component
public class TestAccounts {

    /** The demo organisation 粤北人民医院 (a hospital). */
    public static final long HOSPITAL_ID = 3;

    private static final AtomicInteger sequence = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    TestAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new reporter of {@link #HOSPITAL_ID} with the given password; returns the user name. */
    public String reporterWithPassword(String password) {
        String username = "test-user-" + System.nanoTime() + "-" + sequence.incrementAndGet();
        jdbc.update(
                "insert into app_user (username, password_hash, display_name, role, organization_id) "
                        + "values (?, ?, ?, 'REPORTER', ?)",
                username,
                passwordEncoder.encode(password),
                "测试用户",
                HOSPITAL_ID);
        return username;
    }

    /** A new account with {@code role} in the organisation {@code organizationId}; returns the user name. */
    public String accountOf(String role, long organizationId) {
        String username = "test-" + role.toLowerCase() + "-" + System.nanoTime() + "-" + sequence.incrementAndGet();
        jdbc.update(
                "insert into app_user (username, password_hash, display_name, role, organization_id) "
                        + "values (?, ?, ?, ?, ?)",
                username,
                passwordEncoder.encode("Test-password-1"),
                "测试" + role,
                role,
                organizationId);
        return username;
    }

    public String passwordHashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    public long organizationIdOf(String name) {
        return jdbc.queryForObject(
                "select id from organization where name = ? and parent_id is null", Long.class, name);
    }

    public long idOf(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
