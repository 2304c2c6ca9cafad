package com.hospitalplan.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation list's and the typeahead's queries, in SQL so that PostgreSQL's indexes serve them at province scale
 * (V24: a trigram index on the name for "contains", the kind, the region): they answer ids, which the in-memory
 * directory turns into views. Made by {@link OrganizationFinder}, its one user.
 */
class OrganizationSearch {

    private final JdbcClient jdbc;

    OrganizationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many organisations match. */
    int count(OrganizationQuery query, Collection<String> regionCodes) {
        Where where = where(query, regionCodes, null, false);
        return jdbc.sql("select count(*) from organization o" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    /** The ids of one page of matching organisations, by region code and name. */
    List<Long> page(OrganizationQuery query, Collection<String> regionCodes, int offset, int limit) {
        return pageQuery("", query, regionCodes, offset, limit)
                .query(Long.class)
                .list();
    }

    /** What PostgreSQL does for {@link #page} (EXPLAIN ANALYZE): how the tests measure the indexes at scale. */
    List<String> explainPage(OrganizationQuery query, Collection<String> regionCodes, int offset, int limit) {
        return pageQuery("explain (analyze, buffers off) ", query, regionCodes, offset, limit)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec pageQuery(
            String prefix, OrganizationQuery query, Collection<String> regionCodes, int offset, int limit) {
        Where where = where(query, regionCodes, null, false);
        Map<String, Object> params = new TreeMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(prefix + "select o.id from organization o" + where.sql()
                        + " order by o.region_code, o.name, o.id offset :offset limit :limit")
                .params(params);
    }

    /**
     * The ids of at most {@code limit} organisations whose name (or whose hospital's name) contains {@code text},
     * shortest names first: the choices a typeahead offers.
     *
     * @param institutionsOnly leave departments out (they cannot be a parent)
     * @param except leave this organisation out (it cannot be its own parent), or {@code null}
     */
    List<Long> options(String text, boolean institutionsOnly, Long except, int limit) {
        Where where = where(new OrganizationQuery(text, null, null), List.of(), except, institutionsOnly);
        Map<String, Object> params = new TreeMap<>(where.params());
        params.put("limit", limit);
        return jdbc.sql("select o.id from organization o" + where.sql()
                        + " order by length(o.name), o.name, o.id limit :limit")
                .params(params)
                .query(Long.class)
                .list();
    }

    /** The ids of every organisation whose name (or whose hospital's name) contains {@code text}. */
    List<Long> containing(String text) {
        Where where = where(new OrganizationQuery(text, null, null), List.of(), null, false);
        return jdbc.sql("select o.id from organization o" + where.sql())
                .params(where.params())
                .query(Long.class)
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(
            OrganizationQuery query, Collection<String> regionCodes, Long except, boolean institutionsOnly) {
        StringJoiner conditions = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> params = new TreeMap<>();
        if (query.text() != null) {
            // two branches, each served by an index (the name's trigrams; the parent), rather than one "or" that is not
            conditions.add("o.id in (select m.id from organization m where m.name ilike :pattern"
                    + " union all select d.id from organization d join organization h on h.id = d.parent_id"
                    + " where h.name ilike :pattern)");
            params.put("pattern", OrganizationQuery.containing(query.text()));
        }
        if (query.kind() != null) {
            conditions.add("o.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.regionCode() != null) {
            conditions.add("o.region_code in (:regions)");
            params.put("regions", regionCodes.isEmpty() ? List.of("") : new ArrayList<>(regionCodes));
        }
        if (except != null) {
            conditions.add("o.id <> :except");
            params.put("except", except);
        }
        if (institutionsOnly) {
            conditions.add("o.kind <> 'DEPARTMENT'");
        }
        return new Where(conditions.toString(), params);
    }
}
