package com.hospitalplan.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit records, in the transaction of the caller when there is one (so a record of a decision that rolls back
 * goes with it). Texts are cut to their columns and freed of control characters (a NUL byte typed as a user name
 * must not make the record, and with it the sign-in, fail).
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what the user of the request being served did, from the request's address. */
    void record(AuditKind kind, AuditSubject subject, String details) {
        record(Actor.current(), kind, subject, details);
    }

    /** Records what {@code actor} did, from the address of the request being served. */
    void record(Actor actor, AuditKind kind, AuditSubject subject, String details) {
        jdbc.sql("""
                        insert into audit_record (occurred_at, actor_id, actor_name, client_address, kind,
                                                  subject_type, subject_id, subject_name, details)
                        values (:occurredAt, :actorId, :actorName, :address, :kind,
                                :subjectType, :subjectId, :subjectName, :details)
                        """)
                .param("occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actorId", actor.id())
                .param("actorName", AuditText.clip(actor.name(), 100))
                .param("address", AuditText.clip(clientAddress(), 45))
                .param("kind", kind.name())
                .param("subjectType", subject == null ? null : subject.type().name())
                .param("subjectId", subject == null ? null : AuditText.clip(subject.id(), 100))
                .param("subjectName", subject == null ? null : AuditText.clip(subject.name(), 300))
                .param("details", AuditText.clip(details, 2000))
                .update();
    }

    /**
     * The address of the client of the request being served, as the servlet container sees it (behind a proxy, with
     * {@code server.forward-headers-strategy}, the address the proxy was asked by); null outside a request.
     */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
