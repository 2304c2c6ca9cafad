package com.hospitalplan.levelscale;

import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.LevelScaleCatalog;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registered level scales, for every feature: loaded from the database on first use, kept in memory (pages and
 * dashboards ask for them on every judgement) and dropped once an administrator's change commits. A load that raced
 * with such a change is not kept.
 *
 * <p>One instance per application: with several application instances an administrator's change would be seen by the
 * others only after their restart (as for the organisation directory and the dashboard figures).
 */
@Component
public class LevelScales {

    private final ScaleRepository scales;
    private final AtomicLong generation = new AtomicLong();
    private volatile LevelScaleCatalog catalog;
    private volatile long catalogGeneration = -1;

    LevelScales(ScaleRepository scales) {
        this.scales = scales;
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(LevelScalesChanged event) {
        generation.incrementAndGet();
    }
}
