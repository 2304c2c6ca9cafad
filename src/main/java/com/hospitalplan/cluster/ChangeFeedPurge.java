package com.hospitalplan.cluster;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes changes older than {@link ClusterProperties#retention()}, every hour. The newest row always stays, so that
 * an instance that comes back can tell from the oldest one left whether rows it never read were deleted.
 */
@Component
class ChangeFeedPurge {

    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;

    ChangeFeedPurge(JdbcTemplate jdbc, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Every hour, on one instance. */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "changeFeedPurge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void purgeOnSchedule() {
        purge();
    }

    /** The purge itself, not held back by the schedule's lock (which another run may hold for a minute). */
    void purge() {
        jdbc.update(
                "delete from change_feed where created_at < now() - make_interval(secs => ?)"
                        + " and id < (select max(id) from change_feed)",
                properties.retention().toSeconds());
    }
}
