package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.TargetContext;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an imported plan's indicators in batches: their rows with each target's reading, yearly targets,
 * responsible units, other statements of the target, and the weights of weighted averages.
 */
@Component
class IndicatorRowsWriter {

    private static final int[] INDICATOR_TYPES = {
        Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.NUMERIC,
        Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
    };
    private static final int[] ALTERNATIVE_TYPES = {
        Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER
    };
    private static final int[] YEARLY_TYPES = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER
    };
    private static final int[] WEIGHT_TYPES = {Types.BIGINT, Types.BIGINT};
    private final JdbcTemplate jdbc;
    private final ContentBatches batches;
    private final TargetStructures structures;
    private final ReadingReporters readingReporters;

    IndicatorRowsWriter(
            JdbcTemplate jdbc, ContentBatches batches, TargetStructures structures, ReadingReporters readingReporters) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.structures = structures;
        this.readingReporters = readingReporters;
    }

    /** Adds the indicators to the plan; weights refer to indicators by the workbook's keys. */
    void write(Long planId, List<PlanCommands.ImportIndicator> indicators, Map<String, Long> goalIds) {
        List<Long> ids = batches.reserveIds("indicator", indicators.size());
        List<Long> planReporters = jdbc.queryForList(
                "select organization_id from plan_coverage where plan_id = ? and organization_id is not null",
                Long.class,
                planId);
        if (planReporters.isEmpty()) {
            planReporters = List.of(batches.ownerOf(planId));
        }
        Map<String, Long> byKey = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String key = indicators.get(i).key();
            if (key != null && byKey.put(key, ids.get(i)) != null) {
                throw new IllegalArgumentException("Indicator key used twice: " + key);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> yearly = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        List<Object[]> weights = new ArrayList<>();
        List<Object[]> alternatives = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            PlanCommands.ImportIndicator c = indicators.get(i);
            IndicatorDefinition d = c.definition();
            Long id = ids.get(i);
            TargetContext context = StoredTarget.context(
                    d.unit(),
                    d.name(),
                    readingReporters.ofIndicator(
                            c.units().stream()
                                    .map(PlanCommands.ImportUnit::organizationId)
                                    .toList(),
                            planReporters));
            StoredTarget reading = StoredTarget.read(c.targetText(), c.structuredTarget(), context);
            rows.add(new Object[] {
                id,
                planId,
                ContentBatches.goal(goalIds, c.goalKey()),
                i + 1,
                d.number(),
                d.category(),
                d.name(),
                d.unit(),
                d.definition(),
                d.direction().name(),
                d.valueKind().name(),
                d.levelScale(),
                d.binding(),
                d.baselineValue(),
                d.baselineLevel(),
                d.baselineYear(),
                c.targetText(),
                structures.write(c.structuredTarget()),
                reading.reading(),
                reading.readBy().name(),
                reading.parserVersion(),
                c.targetSource(),
                d.note(),
                d.aggregation() == null ? null : d.aggregation().name()
            });
            int statement = 0;
            for (TargetStatement other :
                    c.otherStatements() == null ? List.<TargetStatement>of() : c.otherStatements()) {
                StoredTarget otherReading = StoredTarget.read(other.targetText(), null, context);
                alternatives.add(new Object[] {
                    id,
                    statement++,
                    other.targetText(),
                    other.source(),
                    otherReading.reading(),
                    otherReading.parserVersion()
                });
            }
            c.yearlyTargets().forEach(y -> {
                IndicatorYearlyTarget stored = IndicatorYearlyTarget.read(y, context);
                yearly.add(new Object[] {id, y.year(), y.targetText(), stored.targetReading(), stored.parserVersion()});
            });
            int position = 0;
            for (PlanCommands.ImportUnit unit : c.units()) {
                units.add(new Object[] {id, unit.organizationId(), unit.leading(), position++});
            }
            if (c.weightKey() != null) {
                Long weight = byKey.get(c.weightKey());
                if (weight == null) {
                    throw new IllegalArgumentException("Unknown indicator key: " + c.weightKey());
                }
                weights.add(new Object[] {weight, id});
            }
        }
        batches.batch(
                "insert into indicator (id, plan_id, goal_id, position, number, category, name, unit, definition,"
                        + " direction, value_kind, level_scale, binding, baseline_value, baseline_level, baseline_year,"
                        + " target_text, target_structure, target_reading, target_read_by, target_parser_version,"
                        + " target_source, note, aggregation)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                INDICATOR_TYPES);
        batches.batch(
                "insert into indicator_yearly_target (indicator_id, year, target_text, target_reading,"
                        + " target_parser_version) values (?, ?, ?, ?, ?)",
                yearly,
                YEARLY_TYPES);
        batches.insertUnits("indicator_id", units);
        batches.batch(
                "insert into indicator_alternative_target (indicator_id, position, target_text, source,"
                        + " target_reading, parser_version) values (?, ?, ?, ?, ?, ?)",
                alternatives,
                ALTERNATIVE_TYPES);
        // weights refer to indicators of the same batch, so they are set once all exist
        batches.batch("update indicator set aggregation_weight_id = ? where id = ?", weights, WEIGHT_TYPES);
    }
}
