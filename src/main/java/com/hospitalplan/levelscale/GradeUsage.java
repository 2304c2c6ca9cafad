package com.hospitalplan.levelscale;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The levels of a scale that any module's data uses, gathered from every {@link LevelsInUse}. */
@Component
class GradeUsage {

    private final List<LevelsInUse> modules;

    GradeUsage(List<LevelsInUse> modules) {
        this.modules = modules;
    }

    Set<String> levelsOn(String scaleKey) {
        Set<String> used = new LinkedHashSet<>();
        modules.forEach(module -> used.addAll(module.levelsOn(scaleKey)));
        return used;
    }
}
