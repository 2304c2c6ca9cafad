package com.hospitalplan.plan;

import com.hospitalplan.levelscale.LevelsInUse;
import com.hospitalplan.targets.StoredTarget;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The levels of a scale the plans use: indicators' baselines, and the levels their targets read as (the stored
 * readings of final and yearly targets, a planner's structured entry too, and of the originals of revised targets,
 * which dashboards still show).
 */
@Component
class PlanLevelsInUse implements LevelsInUse {

    private final JdbcClient jdbc;

    PlanLevelsInUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> levelsOn(String scaleKey) {
        Set<String> used = new LinkedHashSet<>(
                jdbc.sql("select baseline_level from indicator where level_scale = ? and baseline_level is not null")
                        .param(scaleKey)
                        .query(String.class)
                        .list());
        jdbc.sql("""
                        select target_reading from indicator where level_scale = ? and target_reading is not null
                        union all
                        select r.old_reading from target_revision r join indicator i on i.id = r.indicator_id
                        where i.level_scale = ? and r.old_reading is not null
                        union all
                        select y.target_reading from indicator_yearly_target y join indicator i on i.id = y.indicator_id
                        where i.level_scale = ? and y.target_reading is not null
                        """)
                .params(scaleKey, scaleKey, scaleKey)
                .query(String.class)
                .list()
                .forEach(reading -> LevelsInUse.addLevels(StoredTarget.target(reading), used));
        return used;
    }
}
