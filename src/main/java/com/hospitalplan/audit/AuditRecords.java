package com.hospitalplan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and deletes audit records. Every filter has an index that serves it newest first (V21), so a page costs the
 * rows it shows whatever the size of the table; the export streams the rows through a cursor instead of holding them.
 */
@Component
class AuditRecords {

    /** Rows fetched from the database at a time while exporting. */
    static final int FETCH_SIZE = 1_000;

    /** Rows deleted per statement by the purge: the first purge of a large table does not hold one long lock. */
    static final int PURGE_BATCH = 10_000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ZoneId zone;

    AuditRecords(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(cursor);
        this.zone = clock.getZone();
    }

    /** Page {@code number} (from 1) of the records the filter selects, newest first. */
    @Transactional(readOnly = true)
    public AuditPage page(AuditFilter filter, int number, int size) {
        int page = Math.max(1, number);
        Where where = where(filter);
        List<AuditRow> rows = jdbc.sql(SELECT + where.sql() + ORDER + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", size + 1)
                .param("offset", (long) (page - 1) * size)
                .query(this::row)
                .list();
        boolean hasNext = rows.size() > size;
        return new AuditPage(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
    }

    /** Hands every record the filter selects, newest first, to {@code each}, a batch of rows at a time. */
    @Transactional(readOnly = true)
    public void each(AuditFilter filter, Consumer<AuditRow> each) {
        Where where = where(filter);
        try (Stream<AuditRow> rows =
                streaming.sql(SELECT + where.sql() + ORDER).params(where.params()).query(this::row).stream()) {
            rows.forEach(each);
        }
    }

    /** Deletes the records older than {@code days} days (by the database's clock); returns how many. */
    int purgeOlderThan(int days) {
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                            delete from audit_record where id in (
                                select id from audit_record where occurred_at < now() - make_interval(days => :days)
                                limit :batch)
                            """)
                    .param("days", days)
                    .param("batch", PURGE_BATCH)
                    .update();
            deleted += batch;
        } while (batch == PURGE_BATCH);
        return deleted;
    }

    private static final String SELECT = """
            select id, occurred_at, actor_name, client_address, kind, subject_type, subject_id, subject_name, details
              from audit_record
            """;

    private static final String ORDER = " order by occurred_at desc, id desc";

    private record Where(String sql, Map<String, Object> params) {}

    private Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.userOrNull() != null) {
            conditions.add("actor_name = :user");
            params.put("user", filter.userOrNull());
        }
        if (filter.getKind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.getKind().name());
        }
        if (filter.subjectOrNull() != null) {
            conditions.add("subject_id = :subject");
            params.put("subject", filter.subjectOrNull());
        }
        if (filter.getFrom() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", startOf(filter.getFrom()));
        }
        if (filter.getTo() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", startOf(filter.getTo().plusDays(1)));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private AuditRow row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditRow(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class)
                        .atZoneSameInstant(zone)
                        .toLocalDateTime(),
                rs.getString("actor_name"),
                rs.getString("client_address"),
                rs.getString("kind"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("subject_name"),
                rs.getString("details"));
    }
}
