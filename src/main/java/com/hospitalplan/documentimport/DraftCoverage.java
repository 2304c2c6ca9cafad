package com.hospitalplan.documentimport;

import java.util.List;
import java.util.function.Function;

/**
 * What a new plan from a document covers, and the members of a set within it: the counties or institutions a target
 * stated for every county or institution ({@link Distribution}) is entered for.
 *
 * @param organizationIds the institutions the plan covers
 * @param regionCodes the regions the plan covers
 * @param members the members of a set within the coverage, none when the coverage cannot split it
 */
record DraftCoverage(
        List<Long> organizationIds,
        List<String> regionCodes,
        Function<Distribution, List<DistributedTargets.Member>> members) {

    /** No coverage: a distributive target stays one target, with a note. */
    static final DraftCoverage NONE = new DraftCoverage(List.of(), List.of(), set -> List.of());
}
