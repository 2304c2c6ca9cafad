package com.hospitalplan.plan;

import java.util.List;
import org.springframework.stereotype.Component;

/** Names the units responsible for a goal or an indicator: the leading unit first, then the others, each once. */
@Component
class ResponsibleUnits {

    private final ResponsibilityRepository responsibilities;

    ResponsibleUnits(ResponsibilityRepository responsibilities) {
        this.responsibilities = responsibilities;
    }

    void assignToGoal(Long goalId, Long leading, List<Long> others) {
        responsibilities.deleteByGoalId(goalId);
        responsibilities.flush();
        assign(leading, others, (unit, lead, position) -> Responsibility.forGoal(goalId, unit, lead, position));
    }

    void assignToIndicator(Long indicatorId, Long leading, List<Long> others) {
        responsibilities.deleteByIndicatorId(indicatorId);
        responsibilities.flush();
        assign(
                leading,
                others,
                (unit, lead, position) -> Responsibility.forIndicator(indicatorId, unit, lead, position));
    }

    /** The units named, the leading one first, for reading an indicator's targets before it is saved. */
    static List<Long> named(Long leading, List<Long> others) {
        List<Long> units = new java.util.ArrayList<>();
        if (leading != null) {
            units.add(leading);
        }
        if (others != null) {
            others.stream().filter(other -> !other.equals(leading)).forEach(units::add);
        }
        return units;
    }

    private void assign(Long leading, List<Long> others, UnitAssignment assignment) {
        int position = 0;
        for (Long unit : named(leading, others)) {
            responsibilities.save(assignment.of(unit, unit.equals(leading), position++));
        }
    }

    /** Makes the responsibility of one unit for a goal or an indicator. */
    private interface UnitAssignment {
        Responsibility of(Long organizationId, boolean leading, int position);
    }
}
