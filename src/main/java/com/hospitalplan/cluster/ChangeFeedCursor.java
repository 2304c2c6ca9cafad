package com.hospitalplan.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one instance is in the change feed, and what it has to publish of the rows it reads next. Plain Java, used by
 * the listening thread alone.
 *
 * <p>Ids are given out when a row is written but rows become visible when their transactions commit, in another
 * order: a row read with id 12 may be followed by a row 11 whose transaction took longer. So the ids skipped over are
 * kept as gaps and asked for again, until they turn up or {@code gapPatience} has passed (their transaction rolled
 * back). When rows after the last one read have been purged before they were read, they cannot be known:
 * {@link ClusterChange#EVERYTHING} is published instead.
 */
final class ChangeFeedCursor {

    /** A row of the change feed. */
    record Row(long id, String topic, String subject, String origin) {}

    /** More gaps than this are not waited for: everything is taken as changed. */
    static final int MAX_GAPS = 1_000;

    private final String self;
    private final Duration gapPatience;
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private long lastSeen;

    /**
     * @param self the instance's own id: its own rows are not published
     * @param lastSeen the highest id already taken into account
     */
    ChangeFeedCursor(String self, long lastSeen, Duration gapPatience) {
        this.self = self;
        this.lastSeen = lastSeen;
        this.gapPatience = gapPatience;
    }

    /** The highest id taken into account: the rows to read next are those above it and the {@link #gaps()}. */
    long lastSeen() {
        return lastSeen;
    }

    /** Ids below {@link #lastSeen()} not read yet and still waited for. */
    Set<Long> gaps() {
        return Set.copyOf(gaps.keySet());
    }

    /**
     * Takes in the rows read after {@link #lastSeen()} or among the {@link #gaps()}.
     *
     * @param rows the rows read, in the order of their ids
     * @param oldestId the lowest id left in the feed when they were read, or {@code null} when it was empty
     * @return the changes to publish, in order
     */
    List<ClusterChange> advance(List<Row> rows, Long oldestId, Instant now) {
        boolean missed = oldestId != null && lastSeen < oldestId - 1;
        if (missed) {
            lastSeen = oldestId - 1;
            gaps.clear();
        }
        List<ClusterChange> changes = new ArrayList<>();
        for (Row row : rows) {
            if (row.id() > lastSeen) {
                if (row.id() - lastSeen - 1 + gaps.size() > MAX_GAPS) {
                    missed = true;
                    gaps.clear();
                } else {
                    for (long id = lastSeen + 1; id < row.id(); id++) {
                        gaps.put(id, now);
                    }
                }
                lastSeen = row.id();
            } else if (gaps.remove(row.id()) == null) {
                continue;
            }
            if (!row.origin().equals(self)) {
                changes.add(new ClusterChange(row.topic(), row.subject()));
            }
        }
        gaps.values().removeIf(since -> !since.plus(gapPatience).isAfter(now));
        return missed ? List.of(ClusterChange.EVERYTHING) : changes;
    }
}
