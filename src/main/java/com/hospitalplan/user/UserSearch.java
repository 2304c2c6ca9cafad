package com.hospitalplan.user;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The user list's queries, in SQL so that PostgreSQL's indexes serve them at province scale (V24: trigram indexes on
 * the user name and the name, the role; the organisation). Made by {@link UserService}, its one user.
 */
class UserSearch {

    private final JdbcClient jdbc;

    UserSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count(UserQuery query, Instant now) {
        Where where = where(query, now);
        return jdbc.sql("select count(*) from app_user u" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    /** The ids of one page of matching accounts, by user name. */
    List<Long> page(UserQuery query, Instant now, int offset, int limit) {
        return pageQuery("", query, now, offset, limit).query(Long.class).list();
    }

    /** What PostgreSQL does for {@link #page} (EXPLAIN ANALYZE): how the tests measure the indexes at scale. */
    List<String> explainPage(UserQuery query, Instant now, int offset, int limit) {
        return pageQuery("explain (analyze, buffers off) ", query, now, offset, limit)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec pageQuery(String prefix, UserQuery query, Instant now, int offset, int limit) {
        Where where = where(query, now);
        Map<String, Object> params = new TreeMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(prefix + "select u.id from app_user u" + where.sql()
                        + " order by u.username offset :offset limit :limit")
                .params(params);
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(UserQuery query, Instant now) {
        StringJoiner conditions = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> params = new TreeMap<>();
        if (query.text() != null) {
            conditions.add("(u.username ilike :pattern or u.display_name ilike :pattern)");
            params.put(
                    "pattern",
                    "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.role() != null) {
            conditions.add("u.role = :role");
            params.put("role", query.role().name());
        }
        if (query.organizationIds() != null) {
            conditions.add("u.organization_id in (:organizations)");
            params.put(
                    "organizations",
                    query.organizationIds().isEmpty() ? List.of(-1L) : new ArrayList<>(query.organizationIds()));
        }
        if (query.status() != null) {
            String locked = SignInThrottle.refusedNow("u.username");
            conditions.add(
                    switch (query.status()) {
                        case ACTIVE -> "u.enabled and not " + locked;
                        case DISABLED -> "not u.enabled";
                        case LOCKED -> locked;
                        case PASSWORD_CHANGE -> "u.password_change_required";
                    });
            if (query.status() == UserStatus.ACTIVE || query.status() == UserStatus.LOCKED) {
                params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            }
        }
        return new Where(conditions.toString(), params);
    }
}
