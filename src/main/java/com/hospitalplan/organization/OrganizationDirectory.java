package com.hospitalplan.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every region and organisation, kept in memory: access checks ask for them several times per request, and the whole
 * directory of a province (a few thousand rows) is small. A snapshot is loaded on first use and dropped when an
 * administrator's change commits; a load that raced with such a change is not kept.
 *
 * <p>One per application instance: {@link OrganizationService} drops it after a change of its own and when another
 * instance announces one (module cluster).
 */
final class OrganizationDirectory {

    /** One consistent view of the directory. */
    record Snapshot(Map<Long, OrganizationView> organizations, List<RegionView> regions, RegionTree tree) {

        Optional<OrganizationView> find(Long id) {
            return Optional.ofNullable(organizations.get(id));
        }

        Map<Long, OrganizationView> findAll(Collection<Long> ids) {
            Map<Long, OrganizationView> found = new HashMap<>();
            for (Long id : ids) {
                OrganizationView view = organizations.get(id);
                if (view != null) {
                    found.put(id, view);
                }
            }
            return found;
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile long snapshotGeneration = -1;

    /**
     * Which snapshot {@link #get} gives now: it changes whenever the directory was changed, so anything derived from a
     * snapshot can be kept under this number.
     */
    long generation() {
        return generation.get();
    }

    /** The current snapshot, loaded with {@code loader} when there is none. */
    Snapshot get(Supplier<Snapshot> loader) {
        long current = generation.get();
        Snapshot cached = snapshot;
        if (cached != null && snapshotGeneration == current) {
            return cached;
        }
        Snapshot loaded = loader.get();
        synchronized (this) {
            if (generation.get() == current) {
                snapshot = loaded;
                snapshotGeneration = current;
            }
        }
        return loaded;
    }

    /** Forgets the snapshot: the next use loads the directory again. */
    void changed() {
        generation.incrementAndGet();
    }
}
