package com.hospitalplan.plan;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.VARCHAR;

import com.hospitalplan.targets.StoredTarget;
import java.sql.Date;
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

    private static final int[] GOAL_TYPES = {BIGINT, BIGINT, BIGINT, INTEGER, VARCHAR, VARCHAR, VARCHAR};
    private static final int[] MILESTONE_TYPES = {
        BIGINT, BIGINT, BIGINT, INTEGER, VARCHAR, VARCHAR, INTEGER, DATE, NUMERIC
    };
    private static final int[] SUB_TARGET_TYPES = {BIGINT, INTEGER, VARCHAR, VARCHAR, VARCHAR, INTEGER};
    private static final int[] BUDGET_TYPES = {
        BIGINT, BIGINT, INTEGER, VARCHAR, VARCHAR, INTEGER, NUMERIC, BOOLEAN, BOOLEAN, BOOLEAN, VARCHAR
    };
    private static final int[] TOTAL_TYPES = {BIGINT, INTEGER, VARCHAR, VARCHAR, VARCHAR, INTEGER, NUMERIC};

    private final JdbcTemplate jdbc;
    private final ContentBatches batches;
    private final IndicatorRowsWriter indicators;
    private final ReadingReporters readingReporters;

    PlanContentWriter(
            JdbcTemplate jdbc,
            ContentBatches batches,
            IndicatorRowsWriter indicators,
            ReadingReporters readingReporters) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.indicators = indicators;
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
        indicators.write(planId, command.indicators(), goalIds);
        writeMilestones(planId, command.milestones(), goalIds);
        List<Object[]> lines = new ArrayList<>();
        int position = 0;
        for (PlanCommands.ImportBudgetLine line : command.budgetLines()) {
            lines.add(new Object[] {
                planId,
                ContentBatches.goal(goalIds, line.goalKey()),
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
        batches.batch(
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
        batches.batch(
                "insert into budget_stated_total (plan_id, position, label, funding_source, category, year, amount)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                totals,
                TOTAL_TYPES);
    }

    private Map<String, Long> writeGoals(Long planId, List<PlanCommands.ImportGoal> goals) {
        List<Long> ids = batches.reserveIds("goal", goals.size());
        Map<String, Long> byKey = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            PlanCommands.ImportGoal goal = goals.get(i);
            Long id = ids.get(i);
            rows.add(new Object[] {
                id,
                planId,
                ContentBatches.goal(byKey, goal.parentKey()),
                i + 1,
                goal.number(),
                goal.title(),
                goal.description()
            });
            if (byKey.put(goal.key(), id) != null) {
                throw new IllegalArgumentException("Goal key used twice: " + goal.key());
            }
            int position = 0;
            for (PlanCommands.ImportUnit unit : goal.units()) {
                units.add(new Object[] {id, unit.organizationId(), unit.leading(), position++});
            }
        }
        batches.batch(
                "insert into goal (id, plan_id, parent_id, position, number, title, description)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                GOAL_TYPES);
        batches.insertUnits("goal_id", units);
        return byKey;
    }

    private void writeMilestones(
            Long planId, List<PlanCommands.ImportMilestone> milestones, Map<String, Long> goalIds) {
        List<Long> ids = batches.reserveIds("milestone", milestones.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        Map<Long, Integer> reportersByGoal = new HashMap<>();
        for (int i = 0; i < milestones.size(); i++) {
            PlanCommands.ImportMilestone milestone = milestones.get(i);
            MilestoneDefinition m = milestone.definition();
            Long id = ids.get(i);
            if (!m.dueDateInDueYear()) {
                throw new IllegalArgumentException("The due date lies outside the due year");
            }
            Long goalId = ContentBatches.goal(goalIds, milestone.goalKey());
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
            int reporters = reportersByGoal.computeIfAbsent(
                    goalId, g -> readingReporters.ofMilestone(g, batches.ownerOf(planId)));
            for (int p = 0; p < milestone.subTargets().size(); p++) {
                SubTarget part = milestone.subTargets().get(p);
                StoredTarget reading = part.read(m.dueYear(), reporters);
                parts.add(
                        new Object[] {id, p, part.label(), part.targetText(), reading.reading(), reading.parserVersion()
                        });
            }
        }
        batches.batch(
                "insert into milestone (id, plan_id, goal_id, position, title, description, due_year, due_date,"
                        + " planned_cost) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                MILESTONE_TYPES);
        batches.batch(
                "insert into milestone_sub_target (milestone_id, position, label, target_text, target_reading,"
                        + " target_parser_version) values (?, ?, ?, ?, ?, ?)",
                parts,
                SUB_TARGET_TYPES);
    }
}
