package com.hospitalplan.plan;

import com.hospitalplan.targets.Direction;
import java.math.BigDecimal;

/** Everything about an indicator except its targets. */
record IndicatorDefinition(
        Long goalId,
        String number,
        String category,
        String name,
        String unit,
        String definition,
        Direction direction,
        ValueKind valueKind,
        String levelScale,
        boolean binding,
        BigDecimal baselineValue,
        String baselineLevel,
        Integer baselineYear,
        String note,
        Aggregation aggregation,
        Long aggregationWeightId) {}
