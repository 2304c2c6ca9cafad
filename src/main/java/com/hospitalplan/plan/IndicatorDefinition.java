package com.hospitalplan.plan;

import com.hospitalplan.targets.Direction;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What an indicator is, apart from its place in the plan and its targets: number, name, unit, how it is measured and
 * rolled up, its baseline (现状). One definition serves the entity (embedded in its row), the commands, the form and
 * the workbook.
 *
 * @param aggregation the declared roll-up rule, or {@code null} for the value kind's default
 */
@Embeddable
public record IndicatorDefinition(
        String number,
        String category,
        String name,
        String unit,
        String definition,
        @Enumerated(EnumType.STRING) Direction direction,
        @Enumerated(EnumType.STRING) ValueKind valueKind,
        String levelScale,
        boolean binding,
        BigDecimal baselineValue,
        String baselineLevel,
        Integer baselineYear,
        String note,
        @Enumerated(EnumType.STRING) Aggregation aggregation) {

    /** The rule that rolls the indicator's values up: the declared one or its value kind's default. */
    public Aggregation effectiveAggregation() {
        return aggregation != null ? aggregation : Aggregation.defaultFor(valueKind, unit, name);
    }

    /** Whether the plan states where the indicator stood: a value or a level. */
    public boolean hasBaseline() {
        return baselineValue != null || baselineLevel != null;
    }
}
