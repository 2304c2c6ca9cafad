package com.hospitalplan.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL (docs/decisions/0011-sessions-in-postgresql.md). Spring Session writes a session's row
 * after every request, if only to move its last access time: one committed write, with its WAL flush, per page view,
 * and concurrent requests of one session queue on that row's lock (seen at 40 users, docs/performance.md). Here the
 * row is written only when something else of it changed or its last access moved by a minute or more; the idle
 * timeout (30 minutes) then ends a session up to a minute early.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    /** How far the last access may lag behind before the row is written anyway, in milliseconds. */
    static final long LAST_ACCESS_GRACE_MILLIS = 60_000;

    /** Spring Session's update, with its six parameters in its order, skipped when nothing but a recent access moved. */
    static final String UPDATE_SESSION_QUERY = """
            WITH p (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id) AS (
                VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
                        CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
            UPDATE %TABLE_NAME% s
            SET SESSION_ID = p.session_id, LAST_ACCESS_TIME = p.last_access_time,
                MAX_INACTIVE_INTERVAL = p.max_inactive_interval, EXPIRY_TIME = p.expiry_time,
                PRINCIPAL_NAME = p.principal_name
            FROM p
            WHERE s.PRIMARY_ID = p.primary_id
              AND (s.SESSION_ID <> p.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> p.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM p.principal_name
                   OR p.last_access_time - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_GRACE_MILLIS + ")";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionsOnlyWhenTheyChange() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
