package com.hospitalplan.documentimport;

import java.util.HashMap;
import java.util.Map;

/**
 * Word's counting of automatically numbered paragraphs, for a .docx ({@link DocxText}) and a .doc
 * ({@link DocNumbering}) alike: each list counts per level from the level's start, and a paragraph of a level starts the
 * deeper levels of its list again.
 */
final class ListCounters {

    private final Map<String, Integer> counts = new HashMap<>();

    /** Counts a paragraph of the list's level and gives its number: the level's start for the first. */
    int count(Object list, int level, int start) {
        String prefix = list + ":";
        int number = counts.merge(prefix + level, start, (counted, ignored) -> counted + 1);
        counts.keySet().removeIf(key -> key.startsWith(prefix) && levelOf(key) > level);
        return number;
    }

    /** The number the list's level shows now: its start while no paragraph of it was counted. */
    int current(Object list, int level, int start) {
        return counts.getOrDefault(list + ":" + level, start);
    }

    private static int levelOf(String key) {
        return Integer.parseInt(key.substring(key.indexOf(':') + 1));
    }
}
