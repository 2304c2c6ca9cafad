package com.hospitalplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.cluster.ChangeFeedCursor.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFeedCursorTest {

    private static final String SELF = "self";
    private static final String OTHER = "other";
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private final ChangeFeedCursor cursor = new ChangeFeedCursor(SELF, 10, Duration.ofMinutes(2));

    private static Row row(long id, String origin) {
        return new Row(id, "report", "1:" + id, origin);
    }

    @Test
    void theOtherInstancesChangesArePublishedInOrderAndItsOwnAreNot() {
        List<ClusterChange> changes = cursor.advance(List.of(row(11, OTHER), row(12, SELF), row(13, OTHER)), 1L, NOW);

        assertThat(changes).containsExactly(new ClusterChange("report", "1:11"), new ClusterChange("report", "1:13"));
        assertThat(cursor.lastSeen()).isEqualTo(13);
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.advance(List.of(), 1L, NOW)).isEmpty();
    }

    @Test
    void aChangeCommittedAfterAHigherOneIsWaitedForAndPublishedOnce() {
        assertThat(cursor.advance(List.of(row(13, OTHER)), 1L, NOW))
                .containsExactly(new ClusterChange("report", "1:13"));
        assertThat(cursor.gaps()).containsExactlyInAnyOrder(11L, 12L);

        assertThat(cursor.advance(List.of(row(12, OTHER), row(14, OTHER)), 1L, NOW.plusSeconds(5)))
                .containsExactly(new ClusterChange("report", "1:12"), new ClusterChange("report", "1:14"));
        assertThat(cursor.gaps()).containsExactly(11L);
        assertThat(cursor.advance(List.of(row(12, OTHER)), 1L, NOW.plusSeconds(10)))
                .isEmpty();
    }

    @Test
    void aGapIsGivenUpOnceItsTransactionMustHaveRolledBack() {
        cursor.advance(List.of(row(12, OTHER)), 1L, NOW);
        assertThat(cursor.gaps()).containsExactly(11L);

        cursor.advance(List.of(), 1L, NOW.plus(Duration.ofMinutes(1)));
        assertThat(cursor.gaps()).containsExactly(11L);
        cursor.advance(List.of(), 1L, NOW.plus(Duration.ofMinutes(2)));
        assertThat(cursor.gaps()).isEmpty();
    }

    @Test
    void changesPurgedBeforeTheyWereReadEmptyEverything() {
        List<ClusterChange> changes = cursor.advance(List.of(row(40, OTHER), row(41, SELF)), 40L, NOW);

        assertThat(changes).containsExactly(ClusterChange.EVERYTHING);
        assertThat(cursor.lastSeen()).isEqualTo(41);
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.advance(List.of(row(42, OTHER)), 40L, NOW))
                .containsExactly(new ClusterChange("report", "1:42"));
    }

    @Test
    void theRowRightAfterTheLastSeenBeingTheOldestLeftIsNoGap() {
        assertThat(cursor.advance(List.of(row(11, OTHER)), 11L, NOW))
                .containsExactly(new ClusterChange("report", "1:11"));
    }

    @Test
    void tooManyIdsSkippedAtOnceEmptyEverything() {
        List<ClusterChange> changes = cursor.advance(List.of(row(12 + ChangeFeedCursor.MAX_GAPS, OTHER)), 1L, NOW);

        assertThat(changes).containsExactly(ClusterChange.EVERYTHING);
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.lastSeen()).isEqualTo(12 + ChangeFeedCursor.MAX_GAPS);
    }

    @Test
    void everythingConcernsEveryTopic() {
        assertThat(ClusterChange.EVERYTHING.concerns("organization")).isTrue();
        assertThat(new ClusterChange("report", "1:2").concerns("organization")).isFalse();
        assertThat(new ClusterChange("organization", null).concerns("organization"))
                .isTrue();
    }
}
