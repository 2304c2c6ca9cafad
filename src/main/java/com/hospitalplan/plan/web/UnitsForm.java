package com.hospitalplan.plan.web;

import com.hospitalplan.plan.ResponsibleUnit;
import java.util.ArrayList;
import java.util.List;

/** A form of a goal or an indicator: its leading unit (牵头) and the co-operating ones (配合). */
public abstract class UnitsForm extends ItemForm {

    private Long leadingUnitId;

    private List<Long> otherUnitIds = new ArrayList<>();

    void fillUnits(List<ResponsibleUnit> units) {
        leadingUnitId = units.stream()
                .filter(ResponsibleUnit::leading)
                .map(ResponsibleUnit::organizationId)
                .findFirst()
                .orElse(null);
        otherUnitIds = new ArrayList<>(units.stream()
                .filter(unit -> !unit.leading())
                .map(ResponsibleUnit::organizationId)
                .toList());
    }

    /** The co-operating units chosen, never {@code null}. */
    List<Long> otherUnits() {
        return otherUnitIds == null ? List.of() : otherUnitIds;
    }

    public Long getLeadingUnitId() {
        return leadingUnitId;
    }

    public void setLeadingUnitId(Long leadingUnitId) {
        this.leadingUnitId = leadingUnitId;
    }

    public List<Long> getOtherUnitIds() {
        return otherUnitIds;
    }

    public void setOtherUnitIds(List<Long> otherUnitIds) {
        this.otherUnitIds = otherUnitIds;
    }
}
