package com.hospitalplan.plan;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A construction project's stage dates changed: where an indicator of its plan names it, the plan's judgements
 * changed too, so the plan's {@code updated_at} moves (every read model checks it before it uses the plan's figures).
 * The plan's version stays: nobody editing the plan is made stale by a project's date.
 */
@Component
public class LinkedProjectChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    LinkedProjectChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void stagesChanged(Long planId, Long projectId) {
        jdbc.sql("""
                        update plan set updated_at = greatest(updated_at, ?) where id = ?
                        and exists (select 1 from indicator i where i.plan_id = plan.id and i.project_id = ?)""")
                .param(Timestamp.from(clock.instant()))
                .param(planId)
                .param(projectId)
                .update();
    }
}
