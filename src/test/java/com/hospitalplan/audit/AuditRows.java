package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.user.SignedInUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit records tests look for, and writes records of any age for the page and the purge. */
@Component
class AuditRows {

    private final JdbcTemplate jdbc;

    AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of {@code kind} about the subject of that type and id, oldest first, as column maps. */
    List<Map<String, Object>> about(AuditKind kind, AuditSubject.Type type, String subjectId) {
        return jdbc.queryForList(
                "select * from audit_record where kind = ? and subject_type = ? and subject_id = ? order by id",
                kind.name(),
                type.name(),
                subjectId);
    }

    /**
     * Asserts that there is one record of {@code kind} about the subject, made by {@code actor} from {@code address},
     * whose details contain {@code details} (unless null).
     */
    void assertRecorded(
            AuditKind kind,
            AuditSubject.Type type,
            String subject,
            SignedInUser actor,
            String address,
            String details) {
        assertThat(about(kind, type, subject)).as(kind.name()).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("actor_name", actor.getUsername())
                    .containsEntry("actor_id", actor.id())
                    .containsEntry("client_address", address);
            if (details != null) {
                assertThat(row.get("details")).asString().contains(details);
            }
        });
    }

    /** A record of {@code actor} about the user {@code subject}, made {@code daysAgo} days before now; its id. */
    long insert(String actor, AuditKind kind, String subject, int daysAgo) {
        return jdbc.queryForObject("""
                insert into audit_record (occurred_at, actor_name, client_address, kind, subject_type, subject_id)
                values (now() - make_interval(days => ?), ?, '192.0.2.1', ?, 'USER', ?) returning id
                """, Long.class, daysAgo, actor, kind.name(), subject);
    }

    /** A record of {@code actor} at the given time; its id. */
    long insertAt(String actor, AuditKind kind, OffsetDateTime at) {
        return jdbc.queryForObject("""
                insert into audit_record (occurred_at, actor_name, client_address, kind, subject_type, subject_id)
                values (?, ?, '192.0.2.1', ?, 'USER', ?) returning id
                """, Long.class, at, actor, kind.name(), actor);
    }

    boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from audit_record where id = ?", Integer.class, id) == 1;
    }
}
