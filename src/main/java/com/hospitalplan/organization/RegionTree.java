package com.hospitalplan.organization;

import java.util.Map;

/** Administrative regions by code, with their parents: answers "does this county lie within that city?". */
public final class RegionTree {

    private final Map<String, String> parents;
    private final Map<String, String> names;

    RegionTree(Map<String, String> parents, Map<String, String> names) {
        this.parents = Map.copyOf(parents);
        this.names = Map.copyOf(names);
    }

    /** A tree from child → parent codes and code → name. */
    public static RegionTree of(Map<String, String> parents, Map<String, String> names) {
        return new RegionTree(parents, names);
    }

    /** Whether {@code code} is {@code ancestor} or lies somewhere below it. */
    public boolean isWithin(String code, String ancestor) {
        if (code == null || ancestor == null) {
            return false;
        }
        for (String current = code; current != null; current = parents.get(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }
}
