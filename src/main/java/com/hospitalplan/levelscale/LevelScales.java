package com.hospitalplan.levelscale;

import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.cluster.ClusterChanges;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.LevelScaleCatalog;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registered level scales, for every feature: loaded from the database on first use, kept in memory (pages and
 * dashboards ask for them on every judgement) and dropped once an administrator's change commits. A load that raced
 * with such a change is not kept.
 *
 * <p>One per application instance: a change is announced to the other instances in its transaction (module cluster),
 * and each of them drops its scales when it hears of it.
 */
@Component
public class LevelScales {

    /** The topic of a level scale's change in the change feed; its subject is the scale's key. */
    static final String TOPIC = "level-scale";

    private final ScaleRepository scales;
    private final ClusterChanges cluster;
    private final AtomicLong generation = new AtomicLong();
    private volatile LevelScaleCatalog catalog;
    private volatile long catalogGeneration = -1;

    LevelScales(ScaleRepository scales, ClusterChanges cluster) {
        this.scales = scales;
        this.cluster = cluster;
    }

    /**
     * The scales as they are now, in the order offered to planners. The same instance is returned until a scale
     * changes, so anything derived from the scales can be kept under it.
     */
    public LevelScaleCatalog catalog() {
        long current = generation.get();
        LevelScaleCatalog cached = catalog;
        if (cached != null && catalogGeneration == current) {
            return cached;
        }
        LevelScaleCatalog loaded = LevelScaleCatalog.of(
                scales.findAllInOrder().stream().map(Scale::toLevelScale).toList());
        synchronized (this) {
            if (generation.get() == current) {
                catalog = loaded;
                catalogGeneration = current;
            }
        }
        return loaded;
    }

    /** The scale stored under {@code key} with an indicator, or {@code null} for none or an unknown key. */
    public LevelScale byKey(String key) {
        return catalog().byKey(key);
    }

    /** Tells the other instances, in the change's transaction, that a scale changed. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(LevelScalesChanged event) {
        cluster.announce(TOPIC, event.key());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(LevelScalesChanged event) {
        generation.incrementAndGet();
    }

    /** Another instance changed a scale, or changes were missed. */
    @EventListener
    void on(ClusterChange change) {
        if (change.concerns(TOPIC)) {
            generation.incrementAndGet();
        }
    }
}
