package com.hospitalplan.documentimport;

/** What a confirmation or a section's decision came to: saved, or refused with the page to show again. */
public sealed interface ReviewOutcome {
    /**
     * Saved: the plan's id (for a section's decision, {@code null}), whether a draft's content was replaced, and
     * the page as it is now (for a confirmation, {@code null}).
     */
    record Saved(Long planId, boolean replaced, DraftReview review) implements ReviewOutcome {}

    /** Refused: the page with the planner's input and the message at each field. */
    record Refused(DraftReview review) implements ReviewOutcome {}
}
