package com.hospitalplan.judgement;

import com.hospitalplan.targets.Measurement;
import java.util.List;
import java.util.NavigableMap;

/**
 * What one member of a set reported on an indicator: its last value of each year and, for a weighted average, its
 * last value of the weight indicator of each year. A member that reported nothing has empty maps: it still belongs to
 * the set.
 */
public record MemberValues(
        Member member, NavigableMap<Integer, Measurement> byYear, NavigableMap<Integer, Measurement> weights) {

    public MemberValues {
        byYear = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(byYear));
        weights = weights == null
                ? java.util.Collections.emptyNavigableMap()
                : java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(weights));
    }

    List<Measurement> values() {
        return List.copyOf(byYear.values());
    }

    boolean reported() {
        return !byYear.isEmpty();
    }
}
