package com.hospitalplan.dashboard;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Indicators, units and reported values for the plain-Java dashboard tests. */
final class Fixtures {

    static final TargetParser PARSER = new TargetParser();

    private Fixtures() {}

    static Target target(String text, String unit) {
        return PARSER.parse(text, unit).target();
    }

    static IndicatorItem indicator(
            long id, String target, String unit, ValueKind kind, Aggregation aggregation, Long... reporters) {
        return indicator(id, target, null, unit, kind, aggregation, null, reporters);
    }

    static IndicatorItem indicator(
            long id,
            String target,
            String originalTarget,
            String unit,
            ValueKind kind,
            Aggregation aggregation,
            Long weightId,
            Long... reporters) {
        return new IndicatorItem(
                id,
                null,
                String.valueOf(id),
                "指标" + id,
                unit,
                kind,
                null,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("30"),
                null,
                2020,
                target,
                target(target, unit),
                originalTarget == null ? null : target(originalTarget, unit),
                aggregation,
                weightId,
                Set.of(reporters),
                java.util.Map.of(),
                null);
    }

    static ReportingScope scope(List<IndicatorItem> indicators) {
        return new ReportingScope(1L, "测试规划", 100L, 2021, 2025, List.of(), indicators, List.of(), List.of());
    }

    static Unit unit(long id, String name, String regionName) {
        return new Unit(id, name, null, "000000", regionName, null, true);
    }

    static ReportFigures.Value value(long indicatorId, long organizationId, int year, String number, boolean approved) {
        return new ReportFigures.Value(
                indicatorId,
                organizationId,
                LocalDate.of(year, 12, 31),
                new BigDecimal(number),
                null,
                null,
                organizationId * 1000 + year,
                approved);
    }
}
