package com.hospitalplan.plan;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's published query for read models of its plans (the dashboards): which plans there are, when each
 * one's content last changed, and who reports anything in a plan.
 */
@Component
public class PlanFigures {

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the plan's content last changed, or empty when there is no such plan. */
    public Optional<Instant> changedAt(Long planId) {
        return jdbc.sql("select updated_at from plan where id = ?")
                .param(planId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** When each plan's content last changed, by plan. */
    public Map<Long, Instant> changedAt() {
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.sql("select id, updated_at from plan").query(rs -> {
            changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        });
        return changed;
    }

    /** Every plan, in the order they were made. */
    public List<Long> planIds() {
        return jdbc.sql("select id from plan order by id").query(Long.class).list();
    }

    /**
     * Every organisation that has anything to report in the plan: exactly those {@link ReportingScope#assigns}
     * assigns.
     */
    public static Set<Long> reporters(ReportingScope scope) {
        Set<Long> reporters = new HashSet<>();
        scope.indicators().forEach(i -> reporters.addAll(i.reporters()));
        scope.milestones().forEach(m -> reporters.addAll(m.reporters()));
        scope.budgetLines().forEach(b -> reporters.addAll(b.reporters()));
        return reporters;
    }
}
