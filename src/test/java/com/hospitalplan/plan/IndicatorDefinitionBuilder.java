package com.hospitalplan.plan;

import com.hospitalplan.targets.Direction;
import java.math.BigDecimal;

/**
 * Builds the indicator definitions tests need: a number and a name, then only what differs from a plain
 * higher-is-better number indicator without a baseline.
 */
public final class IndicatorDefinitionBuilder {

    private final String number;
    private final String name;
    private String category;
    private String unit;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private ValueKind valueKind = ValueKind.NUMBER;
    private String levelScale;
    private BigDecimal baselineValue;
    private String baselineLevel;
    private Integer baselineYear;
    private Aggregation aggregation;

    private IndicatorDefinitionBuilder(String number, String name) {
        this.number = number;
        this.name = name;
    }

    public static IndicatorDefinitionBuilder indicator(String number, String name) {
        return new IndicatorDefinitionBuilder(number, name);
    }

    public IndicatorDefinitionBuilder category(String category) {
        this.category = category;
        return this;
    }

    public IndicatorDefinitionBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public IndicatorDefinitionBuilder direction(Direction direction) {
        this.direction = direction;
        return this;
    }

    public IndicatorDefinitionBuilder kind(ValueKind valueKind) {
        this.valueKind = valueKind;
        return this;
    }

    /** A level indicator on the scale {@code levelScale}. */
    public IndicatorDefinitionBuilder levels(String levelScale) {
        this.valueKind = ValueKind.LEVEL;
        this.levelScale = levelScale;
        return this;
    }

    public IndicatorDefinitionBuilder baseline(BigDecimal value, Integer year) {
        this.baselineValue = value;
        this.baselineYear = year;
        return this;
    }

    public IndicatorDefinitionBuilder baselineLevel(String level, Integer year) {
        this.baselineLevel = level;
        this.baselineYear = year;
        return this;
    }

    public IndicatorDefinitionBuilder aggregation(Aggregation aggregation) {
        this.aggregation = aggregation;
        return this;
    }

    public IndicatorDefinition build() {
        return new IndicatorDefinition(
                number,
                category,
                name,
                unit,
                null,
                direction,
                valueKind,
                levelScale,
                false,
                baselineValue,
                baselineLevel,
                baselineYear,
                null,
                aggregation);
    }
}
