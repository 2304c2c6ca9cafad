package com.hospitalplan.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number of each person's unread notifications, for the bell on every page: kept in memory so that a page costs
 * no query for it. A change of anyone's notifications (new ones, or read) forgets every kept count, here after the
 * commit and on the other instances when they hear of it through the change feed; and each count goes after a
 * minute in any case.
 */
@Component
class UnreadCounts {

    /** The change feed's topic: someone's notifications changed. */
    static final String TOPIC = "notification";

    private final Cache<Long, Long> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(20_000)
            .build();

    /** Counted up with each change, so that a count made across a change is not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final ClusterChanges cluster;

    UnreadCounts(ClusterChanges cluster) {
        this.cluster = cluster;
    }

    long of(Long userId, LongSupplier count) {
        Long known = counts.getIfPresent(userId);
        if (known != null) {
            return known;
        }
        long seen = generation.get();
        long counted = count.getAsLong();
        if (generation.get() == seen) {
            counts.put(userId, counted);
        }
        return counted;
    }

    /**
     * Notifications change in the current transaction: the other instances hear of it when it commits, and this one
     * forgets its counts then.
     */
    void changing() {
        cluster.announce(TOPIC, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget();
            }
        });
    }

    @EventListener
    void on(ClusterChange change) {
        if (change.concerns(TOPIC)) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        counts.invalidateAll();
    }
}
