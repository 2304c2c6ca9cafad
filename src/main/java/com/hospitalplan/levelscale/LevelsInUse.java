package com.hospitalplan.levelscale;

import com.hospitalplan.targets.Target;
import java.util.Set;

/**
 * Implemented by each module that writes levels of a scale (plans: baselines and targets; reports: reported values),
 * so that a level still in use is never taken out of its scale. The level-scale module asks every implementation and
 * reads no other module's tables itself.
 */
public interface LevelsInUse {

    /** The levels of the scale {@code scaleKey} this module's data uses, as written. */
    Set<String> levelsOn(String scaleKey);

    /** The levels a target reads as: its level, stretch level, its condition's and its scoped targets' levels. */
    static void addLevels(Target target, Set<String> used) {
        if (target.level() != null) {
            used.add(target.level());
        }
        if (target.stretchLevel() != null) {
            used.add(target.stretchLevel());
        }
        if (target.condition() != null) {
            addLevels(target.condition(), used);
        }
        target.scoped().forEach(scoped -> addLevels(scoped.target(), used));
    }
}
