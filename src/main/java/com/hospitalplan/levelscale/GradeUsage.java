package com.hospitalplan.levelscale;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The levels indicators and reports on a scale use, as written: baselines, reported values, and the levels their
 * targets read as (the stored readings of final and yearly targets and of the originals of revised ones, which
 * dashboards still show).
 */
@Component
class GradeUsage {

    private final JdbcTemplate jdbc;

    GradeUsage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> levelsOn(String scaleKey) {
        Set<String> used = new LinkedHashSet<>(jdbc.queryForList("""
                select baseline_level from indicator where level_scale = ? and baseline_level is not null
                union
                select v.level_value from report_value v join indicator i on i.id = v.indicator_id
                where i.level_scale = ? and v.level_value is not null
                """, String.class, scaleKey, scaleKey));
        // final targets and the originals of revised ones by their stored readings (a planner's structured entry too)
        jdbc.query(
                """
                select target_reading from indicator where level_scale = ? and target_reading is not null
                union
                select r.old_reading from target_revision r join indicator i on i.id = r.indicator_id
                where i.level_scale = ? and r.old_reading is not null
                """,
                row -> {
                    addLevels(StoredTarget.target(row.getString(1)), used);
                },
                scaleKey,
                scaleKey);
        jdbc.query(
                """
                select y.target_reading from indicator_yearly_target y join indicator i on i.id = y.indicator_id
                where i.level_scale = ? and y.target_reading is not null
                """,
                row -> {
                    addLevels(StoredTarget.target(row.getString(1)), used);
                },
                scaleKey);
        return used;
    }

    private static void addLevels(Target target, Set<String> used) {
        if (target.level() != null) {
            used.add(target.level());
        }
        if (target.stretchLevel() != null) {
            used.add(target.stretchLevel());
        }
        if (target.condition() != null) {
            addLevels(target.condition(), used);
        }
        target.scoped().forEach(scoped -> addLevels(scoped.target(), used));
    }
}
