package com.hospitalplan.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered level scales, in the order they are offered to planners: one immutable snapshot of what
 * administrators keep in the database. Plain Java, so that the evaluator and the judgement are given it.
 */
public final class LevelScaleCatalog {

    /** No scale at all: a level target can then be judged only on a scale named with the indicator. */
    public static final LevelScaleCatalog EMPTY = new LevelScaleCatalog(List.of());

    private final Map<String, LevelScale> byKey = new LinkedHashMap<>();

    private LevelScaleCatalog(List<LevelScale> scales) {
        for (LevelScale scale : scales) {
            if (byKey.putIfAbsent(scale.key(), scale) != null) {
                throw new IllegalArgumentException("Two level scales have the key " + scale.key());
            }
        }
    }

    /** The scales in the order given. */
    public static LevelScaleCatalog of(List<LevelScale> scales) {
        return new LevelScaleCatalog(scales);
    }

    public List<LevelScale> all() {
        return List.copyOf(byKey.values());
    }

    /** The scale stored under {@code key} with an indicator, or {@code null} for none or an unknown key. */
    public LevelScale byKey(String key) {
        return key == null ? null : byKey.get(key);
    }

    /**
     * The scale a level written on its own most likely belongs to: the first scale (in catalogue order) that has it as
     * written or in its normalized spelling ("三甲", "A级"); the first scale when none has it, {@code null} when there is
     * no scale.
     */
    public LevelScale guess(String level) {
        if (byKey.isEmpty()) {
            return null;
        }
        if (level != null) {
            String normalized = LevelScale.normalize(level);
            for (LevelScale scale : byKey.values()) {
                if (scale.levels().contains(normalized)) {
                    return scale;
                }
            }
        }
        return byKey.values().iterator().next();
    }
}
