package com.hospitalplan.cluster;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The instances on this database and whether they serve: each is its listening connection in
 * {@code pg_stat_activity}, named for the instance and, once it serves (its caches are warm), marked so. A stopped or
 * lost instance has no connection, so nothing needs to be cleaned up after it.
 */
@Component
public class ClusterMembers {

    /** How long an answer to {@link #anotherServes()} is used before the database is asked again. */
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final ChangeFeedListener listener;
    private final String ownName;

    private volatile Instant askedAt = Instant.MIN;
    private volatile boolean anotherServes;

    ClusterMembers(JdbcTemplate jdbc, ChangeFeedListener listener, ClusterChanges changes) {
        this.jdbc = jdbc;
        this.listener = listener;
        this.ownName = ChangeFeedListener.APPLICATION_NAME + changes.instanceId();
    }

    /** This instance now serves: the others see it within a moment. */
    public void serving() {
        listener.serving();
    }

    /** Whether another instance on this database serves (asked at most once a second). */
    public boolean anotherServes() {
        Instant now = Instant.now();
        if (now.isAfter(askedAt.plus(FRESH))) {
            anotherServes = Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from pg_stat_activity where datname = current_database()"
                            + " and application_name like ? and application_name not like ?)",
                    Boolean.class,
                    ChangeFeedListener.APPLICATION_NAME + "%" + ChangeFeedListener.SERVING,
                    ownName + "%"));
            askedAt = now;
        }
        return anotherServes;
    }
}
