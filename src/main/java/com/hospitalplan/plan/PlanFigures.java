package com.hospitalplan.plan;

import com.hospitalplan.shared.PerReadRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's published query for read models of its plans (the dashboards): which plans there are and when each
 * one's content last changed (who reports anything in a plan is {@link ReportingScope#reportingUnits()}).
 */
@Component
public class PlanFigures {

    private static final String READ_IN_REQUEST = PlanFigures.class.getName() + ".changedAt";

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indicators measured on the level scale {@code scaleKey}, for the modules that hold values of them. */
    public List<Long> indicatorsOnScale(String scaleKey) {
        return jdbc.sql("select id from indicator where level_scale = ?")
                .param(scaleKey)
                .query(Long.class)
                .list();
    }

    /** When the plan's content last changed, or empty when there is no such plan. */
    public Optional<Instant> changedAt(Long planId) {
        return jdbc.sql("select updated_at from plan where id = ?")
                .param(planId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * When each plan's content last changed, by plan. Read once per page view: a GET asks the access checks, the plan
     * list and the dashboards, which all want this answer, and changes nothing in between; any other request (and
     * work outside a request) reads it at every call.
     */
    public Map<Long, Instant> changedAt() {
        return PerReadRequest.once(READ_IN_REQUEST, this::readChangedAt);
    }

    private Map<Long, Instant> readChangedAt() {
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.sql("select id, updated_at from plan").query(rs -> {
            changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        });
        return Collections.unmodifiableMap(changed);
    }

    /** Whether an indicator of the plan names one of its construction projects. */
    public boolean namesProjects(Long planId) {
        return jdbc.sql("select exists (select 1 from indicator where plan_id = ? and project_id is not null)")
                .param(planId)
                .query(Boolean.class)
                .single();
    }

    /** Every plan, in the order they were made. */
    public List<Long> planIds() {
        return jdbc.sql("select id from plan order by id").query(Long.class).list();
    }
}
