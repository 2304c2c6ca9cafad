package com.hospitalplan.project;

import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans that may have construction projects, kept in memory so that a dashboard of a plan without any (most plans)
 * asks the database nothing about projects: that query was 7 % of a region dashboard's CPU at province scale. The set
 * only ever grows (a project is never deleted, and a plan that has gone is merely asked for in vain), so a plan is added
 * as soon as a project of it is made, before the transaction commits, and loading the set adds to it rather than
 * replacing it: no order of a load and a new project can lose one. The other instances hear of a new project through
 * the change feed (module cluster), and load the set again when changes were missed.
 */
@Component
class PlansWithProjects {

    static final String TOPIC = "project";

    private final JdbcClient jdbc;
    private final ClusterChanges cluster;
    private final Set<Long> plans = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    PlansWithProjects(JdbcClient jdbc, ClusterChanges cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    /** Whether the plan may have projects; {@code false} means it has none. */
    boolean mayHaveProjects(Long planId) {
        if (!loaded) {
            load();
        }
        return plans.contains(planId);
    }

    /** A project of the plan is being made, in the caller's transaction: tells this and every other instance. */
    void projectMade(Long planId) {
        plans.add(planId);
        cluster.announce(TOPIC, String.valueOf(planId));
    }

    /** Another instance made a project, or changes were missed. */
    @EventListener
    void on(ClusterChange change) {
        if (change.everything()) {
            load();
        } else if (change.concerns(TOPIC) && change.subject() != null) {
            plans.add(Long.valueOf(change.subject()));
        }
    }

    private void load() {
        plans.addAll(jdbc.sql("select distinct plan_id from construction_project")
                .query(Long.class)
                .list());
        loaded = true;
    }
}
