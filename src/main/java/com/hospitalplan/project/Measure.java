package com.hospitalplan.project;

import java.math.BigDecimal;
import java.util.List;

/** A figure of a project's specification and the units it may be written in (the first is the default). */
public enum Measure {
    GROSS_FLOOR_AREA("㎡", "万㎡"),
    BEDS("张"),
    FLOORS_ABOVE("层"),
    FLOORS_BELOW("层"),
    PARKING("个"),
    AREA_PER_BED("㎡/床");

    private final List<String> units;

    Measure(String... units) {
        this.units = List.of(units);
    }

    public List<String> units() {
        return units;
    }

    public boolean allows(String unit) {
        return units.contains(unit);
    }

    /** The value in the first unit: 万㎡ × 10,000 = ㎡; null stays null. */
    public BigDecimal inBaseUnit(BigDecimal value, String unit) {
        if (value == null || !"万㎡".equals(unit)) {
            return value;
        }
        return value.multiply(BigDecimal.valueOf(10_000));
    }
}
