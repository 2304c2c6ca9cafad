package com.hospitalplan.cluster;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces changes to the other application instances: a row in the change feed, written in the caller's
 * transaction, so that the others hear of it when (and only if) that transaction commits. This instance does not hear
 * its own announcements: it drops its own copies after its own commit, as it did before there were several.
 */
@Component
public class ClusterChanges {

    private final JdbcTemplate jdbc;
    private final String instanceId = UUID.randomUUID().toString();

    ClusterChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Tells every other instance that {@code subject} of {@code topic} changed, once the current transaction commits.
     *
     * @throws IllegalStateException when no transaction is active: the announcement would not go with the change
     */
    public void announce(String topic, String subject) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A change of " + topic + " is announced in the transaction that makes it");
        }
        if (ClusterChange.EVERYTHING.topic().equals(topic)) {
            throw new IllegalArgumentException("Not a topic: " + topic);
        }
        jdbc.update("insert into change_feed (topic, subject, origin) values (?, ?, ?)", topic, subject, instanceId);
    }

    /** This instance's id in the change feed: a new one each time the application starts. */
    String instanceId() {
        return instanceId;
    }
}
