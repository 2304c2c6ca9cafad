package com.hospitalplan.planworkbook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read workbooks waiting for the officer to confirm, kept in memory under a random token so that confirming does not
 * upload the file again. Bounded in time (each waits at most {@code ttl}) and size (two per user, {@code max} in all;
 * the oldest gives way). A confirmed import keeps its plan's id until it expires, so a second confirmation (a double
 * click, a resent form) leads to the same plan instead of creating another.
 */
final class PendingImports {

    /**
     * A read workbook waiting for confirmation.
     *
     * @param planId the draft whose content the workbook replaces, or {@code null} for a new plan
     * @param planVersion the draft's version when the workbook was read
     */
    record Pending(
            Long userId,
            Long planId,
            String planTitle,
            long planVersion,
            String fileName,
            WorkbookReading reading,
            Directory directory,
            Instant readAt) {}

    /** What a confirmation found. */
    sealed interface Claim {
        /** The caller now holds the import and must call {@link #done} or {@link #release}. */
        record Claimed(Pending pending) implements Claim {}

        /** Already imported as this plan. */
        record Done(Long planId) implements Claim {}

        /** Being imported by another request right now. */
        record Busy() implements Claim {}

        /** No such import for this user, or it expired. */
        record Missing() implements Claim {}
    }

    private static final int PER_USER = 2;

    private enum State {
        WAITING,
        SAVING,
        DONE
    }

    private static final class Entry {
        final Pending pending;
        State state = State.WAITING;
        Long planId;

        Entry(Pending pending) {
            this.pending = pending;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final int max;
    private final Clock clock;

    PendingImports(Duration ttl, int max, Clock clock) {
        this.ttl = ttl;
        this.max = max;
        this.clock = clock;
    }

    /** Keeps the reading; returns its token. */
    synchronized String add(Pending pending) {
        evictExpired();
        java.util.List<String> waiting = new java.util.ArrayList<>(entries.entrySet().stream()
                .filter(e -> e.getValue().pending.userId().equals(pending.userId()))
                .filter(e -> e.getValue().state == State.WAITING)
                .map(Map.Entry::getKey)
                .toList());
        while (waiting.size() >= PER_USER) {
            entries.remove(waiting.remove(0));
        }
        while (entries.size() >= max) {
            String oldest = entries.entrySet().stream()
                    .min(Comparator.comparing(e -> e.getValue().pending.readAt()))
                    .map(Map.Entry::getKey)
                    .orElseThrow();
            entries.remove(oldest);
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entries.put(token, new Entry(pending));
        return token;
    }

    /** The user's waiting (or already confirmed) import, if it has not expired. */
    synchronized Optional<Pending> find(String token, Long userId) {
        evictExpired();
        Entry entry = entries.get(token);
        return entry == null || !entry.pending.userId().equals(userId) ? Optional.empty() : Optional.of(entry.pending);
    }

    /** Takes the import for saving, unless another request has it or it is done. */
    synchronized Claim claim(String token, Long userId) {
        evictExpired();
        Entry entry = entries.get(token);
        if (entry == null || !entry.pending.userId().equals(userId)) {
            return new Claim.Missing();
        }
        return switch (entry.state) {
            case DONE -> new Claim.Done(entry.planId);
            case SAVING -> new Claim.Busy();
            case WAITING -> {
                entry.state = State.SAVING;
                yield new Claim.Claimed(entry.pending);
            }
        };
    }

    synchronized void done(String token, Long planId) {
        Entry entry = entries.get(token);
        if (entry != null) {
            entry.state = State.DONE;
            entry.planId = planId;
        }
    }

    /** Saving failed: the import waits again. */
    synchronized void release(String token) {
        Entry entry = entries.get(token);
        if (entry != null && entry.state == State.SAVING) {
            entry.state = State.WAITING;
        }
    }

    /** When a reading read now would expire. */
    Instant expiresAt(Pending pending) {
        return pending.readAt().plus(ttl);
    }

    synchronized int size() {
        return entries.size();
    }

    private void evictExpired() {
        Instant oldest = clock.instant().minus(ttl);
        entries.values()
                .removeIf(e -> e.state != State.SAVING && e.pending.readAt().isBefore(oldest));
    }
}
