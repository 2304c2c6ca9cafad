package com.hospitalplan.home;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import com.hospitalplan.report.ReportEvents;
import com.hospitalplan.user.SignedInUser;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The counts in the menu, on every page: kept per person in memory, so that a page costs no query for them. They go
 * when a report's status changes or a period opens, here after the commit and on the other instances when they hear
 * of it through the change feed ({@link ClusterChanges}); and after a minute in any case, as due dates pass and
 * periods close without an event.
 */
@Component
public class ToDoCounts {

    /** The change feed's topic for a change of what people have to do that no other topic tells of. */
    static final String TOPIC = "todo";

    /**
     * How much waits for a person.
     *
     * @param reviews reports waiting for the reviewer's decision
     * @param reports the reporter's reports due or returned
     * @param overdueUnits units that have not submitted in the planner's overdue periods
     */
    public record Counts(int reviews, int reports, int overdueUnits) {}

    private final Cache<Long, Counts> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(20_000)
            .build();

    /** Counted up with each change, so that counts computed across a change are not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final ToDoSources sources;
    private final ClusterChanges cluster;

    ToDoCounts(ToDoSources sources, ClusterChanges cluster) {
        this.sources = sources;
        this.cluster = cluster;
    }

    public Counts of(SignedInUser user) {
        Counts known = counts.getIfPresent(user.id());
        if (known != null) {
            return known;
        }
        long seen = generation.get();
        // counted once for all of the person's requests that arrive meanwhile (a page's parallel requests, or a
        // dozen users behind one account), not once each
        Counts counted = counts.get(
                user.id(),
                id -> new Counts(
                        sources.waitingReviews(user).size(),
                        sources.reportsToDo(user).size(),
                        sources.overduePeriods(user).stream()
                                .mapToInt(o -> o.units())
                                .sum()));
        if (generation.get() != seen) {
            counts.invalidate(user.id()); // counted across a change: not kept
        }
        return counted;
    }

    /** A report was submitted, approved, returned or reopened, here. */
    @TransactionalEventListener
    void on(ReportEvents.ReportChanged event) {
        forget();
    }

    /** Tells the other instances that a period opened: its reporters have a report due. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(ReportEvents.PeriodOpened event) {
        cluster.announce(TOPIC, String.valueOf(event.periodId()));
    }

    @TransactionalEventListener
    void on(ReportEvents.PeriodOpened event) {
        forget();
    }

    /** Another instance changed a report's status or opened a period, or changes were missed. */
    @EventListener
    void on(ClusterChange change) {
        if (change.concerns(ReportEvents.CLUSTER_TOPIC) || change.concerns(TOPIC)) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        counts.invalidateAll();
    }
}
