package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waiting imports are bounded in time and number, and confirming one twice leads to the same plan. Plain Java. */
class PendingImportsTest {

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final PendingImports pending = new PendingImports(Duration.ofMinutes(30), 3, clock);

    private PendingImports.Pending of(long userId) {
        WorkbookReading reading = new WorkbookReading(SamplePlans.plan(), List.of(), 0, 10);
        return new PendingImports.Pending(
                userId, null, null, 0, "plan.xlsx", reading, Directory.of(List.of(), Map.of()), now);
    }

    @Test
    void anImportIsClaimedOnceAndThenLeadsToItsPlan() {
        String token = pending.add(of(1));

        assertThat(pending.claim(token, 1L)).isInstanceOf(PendingImports.Claim.Claimed.class);
        assertThat(pending.claim(token, 1L)).isInstanceOf(PendingImports.Claim.Busy.class);
        pending.done(token, 42L);

        assertThat(pending.claim(token, 1L)).isEqualTo(new PendingImports.Claim.Done(42L));
    }

    @Test
    void aFailedSaveLetsTheImportWaitAgain() {
        String token = pending.add(of(1));
        pending.claim(token, 1L);

        pending.release(token);

        assertThat(pending.claim(token, 1L)).isInstanceOf(PendingImports.Claim.Claimed.class);
    }

    @Test
    void onlyItsOwnUserSeesAnImport() {
        String token = pending.add(of(1));

        assertThat(pending.find(token, 2L)).isEmpty();
        assertThat(pending.claim(token, 2L)).isInstanceOf(PendingImports.Claim.Missing.class);
        assertThat(pending.find(token, 1L)).isPresent();
    }

    @Test
    void anImportExpires() {
        String token = pending.add(of(1));

        now = now.plus(Duration.ofMinutes(31));

        assertThat(pending.find(token, 1L)).isEmpty();
        assertThat(pending.claim(token, 1L)).isInstanceOf(PendingImports.Claim.Missing.class);
    }

    @Test
    void aUserKeepsTwoImportsWaitingAndEveryoneTogetherAtMostTheLimit() {
        String first = pending.add(of(1));
        String second = pending.add(of(1));
        String third = pending.add(of(1));

        assertThat(pending.find(first, 1L)).isEmpty();
        assertThat(pending.find(second, 1L)).isPresent();
        assertThat(pending.find(third, 1L)).isPresent();

        pending.add(of(2));
        pending.add(of(3));
        assertThat(pending.size()).isEqualTo(3);
    }
}
