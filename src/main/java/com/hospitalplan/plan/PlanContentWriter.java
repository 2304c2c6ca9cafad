package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.TargetContext;
import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes and clears a plan's content with batched SQL inside the caller's transaction. A workbook of thousands of
 * indicators would otherwise cost one round trip per row (identity ids keep Hibernate from batching); ids are taken
 * from the tables' own sequences first, so parents and children go in as batches.
 */
@Component
class PlanContentWriter {

    private static final int[] GOAL_TYPES = {
        Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
    };
    private static final int[] GOAL_UNIT_TYPES = {Types.BIGINT, Types.BIGINT, Types.BOOLEAN, Types.INTEGER};
    private static final int[] MILESTONE_TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.BIGINT,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.DATE,
        Types.NUMERIC
    };
    private static final int[] SUB_TARGET_TYPES = {
        Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER
    };
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
    private static final int[] BUDGET_TYPES = {
        Types.BIGINT,
        Types.BIGINT,
        Types.INTEGER,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.INTEGER,
        Types.NUMERIC,
        Types.BOOLEAN,
        Types.BOOLEAN,
        Types.BOOLEAN,
        Types.VARCHAR
    };
    private static final int[] TOTAL_TYPES = {
        Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.NUMERIC
    };

    private final JdbcTemplate jdbc;
    private final TargetStructures structures;
    private final ReadingReporters readingReporters;

    PlanContentWriter(JdbcTemplate jdbc, TargetStructures structures, ReadingReporters readingReporters) {
        this.jdbc = jdbc;
        this.structures = structures;
        this.readingReporters = readingReporters;
    }

    /**
     * Removes every goal, indicator (with its yearly targets, units and revisions), milestone, budget line and stated
     * total of the plan. Fails on a foreign key when reports already refer to any of them.
     */
    void clear(Long planId) {
        jdbc.update("delete from budget_stated_total where plan_id = ?", planId);
        jdbc.update("delete from budget_line where plan_id = ?", planId);
        jdbc.update("delete from milestone where plan_id = ?", planId);
        jdbc.update("delete from indicator where plan_id = ?", planId);
        jdbc.update("delete from goal where plan_id = ?", planId);
    }

    /** Adds the command's content to the (empty) plan. Keys must refer to goals and indicators of the command. */
    void write(Long planId, PlanCommands.ImportPlan command) {
        Map<String, Long> goalIds = writeGoals(planId, command.goals());
        writeIndicators(planId, command.indicators(), goalIds);
        writeMilestones(planId, command.milestones(), goalIds);
        List<Object[]> lines = new ArrayList<>();
        int position = 0;
        for (PlanCommands.ImportBudgetLine line : command.budgetLines()) {
            lines.add(new Object[] {
                planId,
                goal(goalIds, line.goalKey()),
                ++position,
                line.fundingSource(),
                line.category(),
                line.year(),
                line.planned().amount(),
                line.planned().recurring(),
                line.planned().approximate(),
                line.planned().inTotals(),
                line.note()
            });
        }
        batch(
                "insert into budget_line (plan_id, goal_id, position, funding_source, category, year, amount,"
                        + " recurring, approximate, in_totals, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines,
                BUDGET_TYPES);
        List<Object[]> totals = new ArrayList<>();
        position = 0;
        for (PlanCommands.ImportStatedTotal total : command.statedTotals()) {
            totals.add(new Object[] {
                planId, ++position, total.label(), total.fundingSource(), total.category(), total.year(), total.amount()
            });
        }
        batch(
                "insert into budget_stated_total (plan_id, position, label, funding_source, category, year, amount)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                totals,
                TOTAL_TYPES);
    }

    private Map<String, Long> writeGoals(Long planId, List<PlanCommands.ImportGoal> goals) {
        List<Long> ids = reserveIds("goal", goals.size());
        Map<String, Long> byKey = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            PlanCommands.ImportGoal goal = goals.get(i);
            Long id = ids.get(i);
            rows.add(new Object[] {
                id, planId, goal(byKey, goal.parentKey()), i + 1, goal.number(), goal.title(), goal.description()
            });
            if (byKey.put(goal.key(), id) != null) {
                throw new IllegalArgumentException("Goal key used twice: " + goal.key());
            }
            int position = 0;
            for (PlanCommands.ImportUnit unit : goal.units()) {
                units.add(new Object[] {id, unit.organizationId(), unit.leading(), position++});
            }
        }
        batch(
                "insert into goal (id, plan_id, parent_id, position, number, title, description)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                GOAL_TYPES);
        batch(
                "insert into responsibility (goal_id, organization_id, is_leading, position) values (?, ?, ?, ?)",
                units,
                GOAL_UNIT_TYPES);
        return byKey;
    }

    private void writeIndicators(
            Long planId, List<PlanCommands.ImportIndicator> indicators, Map<String, Long> goalIds) {
        List<Long> ids = reserveIds("indicator", indicators.size());
        List<Long> planReporters = jdbc.queryForList(
                "select organization_id from plan_coverage where plan_id = ? and organization_id is not null",
                Long.class,
                planId);
        if (planReporters.isEmpty()) {
            planReporters = List.of(ownerOf(planId));
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
            Long id = ids.get(i);
            TargetContext context = StoredTarget.context(
                    c.unit(),
                    c.name(),
                    readingReporters.ofIndicator(
                            c.units().stream()
                                    .map(PlanCommands.ImportUnit::organizationId)
                                    .toList(),
                            planReporters));
            StoredTarget reading = StoredTarget.read(c.targetText(), c.structuredTarget(), context);
            rows.add(new Object[] {
                id,
                planId,
                goal(goalIds, c.goalKey()),
                i + 1,
                c.number(),
                c.category(),
                c.name(),
                c.unit(),
                c.definition(),
                c.direction().name(),
                c.valueKind().name(),
                c.levelScale(),
                c.binding(),
                c.baselineValue(),
                c.baselineLevel(),
                c.baselineYear(),
                c.targetText(),
                structures.write(c.structuredTarget()),
                reading.reading(),
                reading.readBy().name(),
                reading.parserVersion(),
                c.targetSource(),
                c.note(),
                c.aggregation() == null ? null : c.aggregation().name()
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
        batch(
                "insert into indicator (id, plan_id, goal_id, position, number, category, name, unit, definition,"
                        + " direction, value_kind, level_scale, binding, baseline_value, baseline_level, baseline_year,"
                        + " target_text, target_structure, target_reading, target_read_by, target_parser_version,"
                        + " target_source, note, aggregation)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                INDICATOR_TYPES);
        batch(
                "insert into indicator_yearly_target (indicator_id, year, target_text, target_reading,"
                        + " target_parser_version) values (?, ?, ?, ?, ?)",
                yearly,
                YEARLY_TYPES);
        batch(
                "insert into responsibility (indicator_id, organization_id, is_leading, position) values (?, ?, ?, ?)",
                units,
                GOAL_UNIT_TYPES);
        batch(
                "insert into indicator_alternative_target (indicator_id, position, target_text, source,"
                        + " target_reading, parser_version) values (?, ?, ?, ?, ?, ?)",
                alternatives,
                ALTERNATIVE_TYPES);
        // weights refer to indicators of the same batch, so they are set once all exist
        batch("update indicator set aggregation_weight_id = ? where id = ?", weights, WEIGHT_TYPES);
    }

    private void writeMilestones(
            Long planId, List<PlanCommands.ImportMilestone> milestones, Map<String, Long> goalIds) {
        List<Long> ids = reserveIds("milestone", milestones.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        Map<Long, Integer> reportersByGoal = new HashMap<>();
        for (int i = 0; i < milestones.size(); i++) {
            PlanCommands.ImportMilestone m = milestones.get(i);
            Long id = ids.get(i);
            if (m.dueDate() != null && m.dueDate().getYear() != m.dueYear()) {
                throw new IllegalArgumentException("The due date lies outside the due year");
            }
            Long goalId = goal(goalIds, m.goalKey());
            rows.add(new Object[] {
                id,
                planId,
                goalId,
                i + 1,
                m.title(),
                m.description(),
                m.dueYear(),
                m.dueDate() == null ? null : Date.valueOf(m.dueDate()),
                m.plannedCost()
            });
            int reporters =
                    reportersByGoal.computeIfAbsent(goalId, g -> readingReporters.ofMilestone(g, ownerOf(planId)));
            for (int p = 0; p < m.subTargets().size(); p++) {
                SubTarget part = m.subTargets().get(p);
                StoredTarget reading = part.read(m.dueYear(), reporters);
                parts.add(
                        new Object[] {id, p, part.label(), part.targetText(), reading.reading(), reading.parserVersion()
                        });
            }
        }
        batch(
                "insert into milestone (id, plan_id, goal_id, position, title, description, due_year, due_date,"
                        + " planned_cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                MILESTONE_TYPES);
        batch(
                "insert into milestone_sub_target (milestone_id, position, label, target_text, target_reading,"
                        + " target_parser_version) values (?, ?, ?, ?, ?, ?)",
                parts,
                SUB_TARGET_TYPES);
    }

    private Long ownerOf(Long planId) {
        return jdbc.queryForObject("select owner_organization_id from plan where id = ?", Long.class, planId);
    }

    private List<Long> reserveIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }

    private void batch(String sql, List<Object[]> rows, int[] types) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, types);
        }
    }

    private static Long goal(Map<String, Long> goalIds, String key) {
        if (key == null) {
            return null;
        }
        Long id = goalIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("Unknown goal key: " + key);
        }
        return id;
    }
}
