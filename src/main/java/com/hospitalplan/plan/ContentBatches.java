package com.hospitalplan.plan;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The batched SQL an imported plan's content is written with: ids reserved ahead, rows inserted in batches. */
@Component
class ContentBatches {

    private static final int[] UNIT_TYPES = {Types.BIGINT, Types.BIGINT, Types.BOOLEAN, Types.INTEGER};

    private final JdbcTemplate jdbc;

    ContentBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts responsible units.
     *
     * @param ownerColumn {@code goal_id} or {@code indicator_id}
     * @param units rows of owner id, organisation id, leading, position
     */
    void insertUnits(String ownerColumn, List<Object[]> units) {
        batch(
                "insert into responsibility (" + ownerColumn + ", organization_id, is_leading, position)"
                        + " values (?, ?, ?, ?)",
                units,
                UNIT_TYPES);
    }

    Long ownerOf(Long planId) {
        return jdbc.queryForObject("select owner_organization_id from plan where id = ?", Long.class, planId);
    }

    /** {@code count} ids from the table's own sequence, so children can refer to them in the same batch. */
    List<Long> reserveIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }

    void batch(String sql, List<Object[]> rows, int[] types) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, types);
        }
    }

    /** The id of the goal the workbook key names; {@code null} for no key. */
    static Long goal(Map<String, Long> goalIds, String key) {
        if (key == null) {
            return null;
        }
        Long id = goalIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("Unknown goal key: " + key);
        }
        return id;
    }
}
