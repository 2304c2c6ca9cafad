package com.hospitalplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.PostgresJpaTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The session row is written when something of it changed or its last access moved a minute or more, else not. */
@PostgresJpaTest
class SessionWritesTest {

    private static final long ACCESSED = 1_800_000_000_000L;

    @Autowired
    JdbcTemplate jdbc;

    private final String primaryId = UUID.randomUUID().toString();
    private final String sessionId = UUID.randomUUID().toString();

    @BeforeEach
    void storeASession() {
        jdbc.update(
                "insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                        + " max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, 'someone')",
                primaryId,
                sessionId,
                ACCESSED,
                ACCESSED,
                ACCESSED + 1_800_000);
    }

    @Test
    void anAccessWithinAMinuteIsNotWritten() {
        assertThat(update(sessionId, ACCESSED + 59_999, "someone")).isZero();
        assertThat(lastAccess()).isEqualTo(ACCESSED);
    }

    @Test
    void anAccessAMinuteLaterIsWritten() {
        assertThat(update(sessionId, ACCESSED + 60_000, "someone")).isOne();
        assertThat(lastAccess()).isEqualTo(ACCESSED + 60_000);
    }

    @Test
    void aNewSessionIdOrPrincipalIsWrittenAtOnce() {
        String newId = UUID.randomUUID().toString();
        assertThat(update(newId, ACCESSED + 1, "someone")).isOne();
        assertThat(update(newId, ACCESSED + 2, "someone else")).isOne();
        assertThat(jdbc.queryForObject(
                        "select session_id || ' ' || principal_name from spring_session where primary_id = ?",
                        String.class,
                        primaryId))
                .isEqualTo(newId + " someone else");
    }

    private int update(String newSessionId, long lastAccess, String principal) {
        return jdbc.update(
                SessionWrites.UPDATE_SESSION_QUERY.replace("%TABLE_NAME%", "SPRING_SESSION"),
                newSessionId,
                lastAccess,
                1800,
                lastAccess + 1_800_000,
                principal,
                primaryId);
    }

    private long lastAccess() {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where primary_id = ?", Long.class, primaryId);
    }
}
