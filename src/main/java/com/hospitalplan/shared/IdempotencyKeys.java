package com.hospitalplan.shared;

import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The stored first answers to API writes by caller and {@code Idempotency-Key} (table idempotency_key), kept for a
 * day. Claiming a key is one insert, so that of two requests with the same key at once only one is handled.
 */
@Component
class IdempotencyKeys {

    /** How long an answer is kept for retries. */
    static final Duration KEPT = Duration.ofHours(24);

    /** A stored request: its hash and, once answered, the answer ({@code status} is null while it is handled). */
    record Stored(String requestHash, Integer status, String contentType, byte[] body) {}

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a request: true when no live request of this caller holds it. */
    boolean claim(String username, String key, String requestHash) {
        jdbc.update("delete from idempotency_key where username = ? and key = ? and expires_at < now()", username, key);
        return jdbc.update(
                        "insert into idempotency_key (username, key, request_hash, expires_at)"
                                + " values (?, ?, ?, now() + make_interval(secs => ?)) on conflict do nothing",
                        username,
                        key,
                        requestHash,
                        KEPT.toSeconds())
                == 1;
    }

    Optional<Stored> find(String username, String key) {
        return jdbc
                .query(
                        "select request_hash, status, content_type, body from idempotency_key"
                                + " where username = ? and key = ?",
                        (rs, row) ->
                                new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)),
                        username,
                        key)
                .stream()
                .findFirst();
    }

    void answer(String username, String key, int status, String contentType, byte[] body) {
        jdbc.update(
                "update idempotency_key set status = ?, content_type = ?, body = ? where username = ? and key = ?",
                status,
                contentType,
                body,
                username,
                key);
    }

    /** Frees the key of a request that failed on the server's side, so that a retry is handled afresh. */
    void release(String username, String key) {
        jdbc.update("delete from idempotency_key where username = ? and key = ?", username, key);
    }

    @Scheduled(cron = "0 41 * * * *")
    @SchedulerLock(name = "idempotencyKeyPurge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void purge() {
        jdbc.update("delete from idempotency_key where expires_at < now()");
    }
}
