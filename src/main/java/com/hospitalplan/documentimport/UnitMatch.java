package com.hospitalplan.documentimport;

import java.util.List;

/**
 * How a written unit name stands against the organisation directory.
 *
 * @param status MATCHED (one organisation), AMBIGUOUS (several, in {@code candidates}), NEW_DEPARTMENT (reads like a
 *     department of the plan's owner institution that the directory does not have) or UNMATCHED
 * @param organizationId the organisation matched, or {@code null}
 * @param candidates the organisations the name may mean when ambiguous, otherwise empty
 */
public record UnitMatch(Status status, Long organizationId, List<Long> candidates) {

    public enum Status {
        MATCHED,
        AMBIGUOUS,
        NEW_DEPARTMENT,
        UNMATCHED
    }

    public UnitMatch {
        candidates = List.copyOf(candidates);
    }

    static UnitMatch matched(Long id) {
        return new UnitMatch(Status.MATCHED, id, List.of());
    }
}
