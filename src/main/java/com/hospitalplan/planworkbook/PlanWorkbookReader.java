package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.IndicatorDefinition;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.shared.WorkbookFiles;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.shared.WorkbookRefusedException;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns a plan workbook into a {@link PlanWorkbook} and every problem with it: each cell is checked (required,
 * numbers, years, choices given by their Chinese labels, lengths), then what rows say about each other (keys, parent
 * goals, organisations, years within the plan's period, stated totals against their lines). Plain Java; files that
 * are no readable workbook at all are refused with {@link WorkbookRefusedException}.
 */
public final class PlanWorkbookReader {

    private final WorkbookLimits limits;
    private final TargetParser parser = new TargetParser();

    public PlanWorkbookReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws WorkbookRefusedException when the file is too large, no .xlsx, encrypted, damaged or a zip bomb
     */
    public WorkbookReading read(byte[] bytes, ImportRules rules) {
        try (XSSFWorkbook workbook = WorkbookFiles.open(bytes, limits)) {
            return new Reading(workbook, rules).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One reading of one workbook. */
    private final class Reading {

        private final XSSFWorkbook workbook;
        private final ImportRules rules;
        private final Problems problems = new Problems();
        private final Map<String, Integer> goalRows = new HashMap<>();
        private PlanWorkbook.Info info;
        private int rowsRead;

        Reading(XSSFWorkbook workbook, ImportRules rules) {
            this.workbook = workbook;
            this.rules = rules;
        }

        WorkbookReading read() {
            info = InfoSheet.read(rows(sheet(INFO)), rules, problems);
            List<PlanWorkbook.Goal> goals = goals(sheet(GOALS));
            List<PlanWorkbook.Milestone> milestones = milestones(sheet(MILESTONES));
            List<PlanWorkbook.Indicator> indicators = indicators(sheet(INDICATORS));
            BudgetSheets budget = new BudgetSheets(info, problems);
            List<PlanWorkbook.BudgetLine> lines = budget.lines(rows(sheet(BUDGET)), this::goalKey);
            List<PlanWorkbook.StatedTotal> totals = budget.statedTotals(rows(sheet(TOTALS)));
            budget.checkTotals(lines, totals);
            return new WorkbookReading(
                    new PlanWorkbook(info, goals, milestones, indicators, lines, totals),
                    problems.sorted(),
                    problems.count(),
                    rowsRead);
        }

        private SheetRows sheet(String name) {
            return SheetRows.of(workbook, name, COLUMNS.get(name), problems);
        }

        private List<RowCells> rows(SheetRows sheet) {
            if (sheet == null) {
                return List.of();
            }
            List<RowCells> rows = sheet.rows();
            rowsRead += rows.size();
            return rows;
        }

        private List<PlanWorkbook.Goal> goals(SheetRows sheet) {
            List<PlanWorkbook.Goal> goals = new ArrayList<>();
            for (RowCells row : rows(sheet)) {
                String key = row.requiredText(KEY, 64);
                String parent = row.text(PARENT_KEY, 64);
                if (parent != null && !goalRows.containsKey(parent)) {
                    row.error(PARENT_KEY, "workbook.problem.parentNotAbove", parent);
                }
                String number = row.text(NUMBER, 16);
                String title = row.requiredText(ITEM_TITLE, 500);
                String description = row.text(DESCRIPTION, 20000);
                String leading = Organizations.one(row, LEADING_UNIT, rules.directory());
                List<String> others = Organizations.several(row, OTHER_UNITS, leading, rules.directory());
                if (key != null) {
                    Integer first = goalRows.putIfAbsent(key, row.number());
                    if (first != null) {
                        row.error(KEY, "workbook.problem.duplicateKey", key, first);
                    }
                }
                goals.add(new PlanWorkbook.Goal(key, parent, number, title, description, leading, others));
            }
            return goals;
        }

        private List<PlanWorkbook.Milestone> milestones(SheetRows sheet) {
            List<PlanWorkbook.Milestone> milestones = new ArrayList<>();
            for (RowCells row : rows(sheet)) {
                String goal = goalKey(row);
                String title = row.requiredText(ITEM_TITLE, 500);
                String description = row.text(DESCRIPTION, 20000);
                Integer year = row.year(YEAR, true);
                ItemCells.inPlanPeriod(row, YEAR, year, info);
                LocalDate dueDate = row.date(DUE_DATE);
                if (dueDate != null && year != null && dueDate.getYear() != year) {
                    row.error(DUE_DATE, "workbook.problem.dueDateOutsideYear", dueDate, year);
                }
                BigDecimal cost = row.decimal(PLANNED_COST, false, 12, 2, true);
                List<SubTarget> parts = ItemCells.subTargets(row);
                milestones.add(new PlanWorkbook.Milestone(
                        goal,
                        new MilestoneDefinition(title, description, year == null ? 0 : year, dueDate, cost),
                        parts));
            }
            return milestones;
        }

        private List<PlanWorkbook.Indicator> indicators(SheetRows sheet) {
            List<PlanWorkbook.Indicator> indicators = new ArrayList<>();
            Map<String, Integer> keys = new HashMap<>();
            Map<RowCells, String> weights = new java.util.LinkedHashMap<>();
            for (RowCells row : rows(sheet)) {
                String key = row.text(INDICATOR_KEY, 64);
                if (key != null) {
                    Integer first = keys.putIfAbsent(key, row.number());
                    if (first != null) {
                        row.error(INDICATOR_KEY, "workbook.problem.duplicateKey", key, first);
                    }
                }
                String goal = goalKey(row);
                String number = row.text(NUMBER, 16);
                String category = row.text(INDICATOR_CATEGORY, 64);
                String name = row.requiredText(NAME, 255);
                String unit = row.text(UNIT, 32);
                String definition = row.text(DEFINITION, 4000);
                Direction direction = row.choice(DIRECTION, DIRECTIONS, Direction.HIGHER_IS_BETTER);
                ValueKind kind = row.choice(VALUE_KIND, VALUE_KINDS, ValueKind.NUMBER);
                String scale = row.choice(LEVEL_SCALE, rules.levelScales(), null);
                if (scale != null && kind != null && kind != ValueKind.LEVEL) {
                    row.error(LEVEL_SCALE, "workbook.problem.scaleWithoutLevel", VALUE_KINDS.get(ValueKind.LEVEL));
                }
                Boolean binding = row.choice(BINDING, YES_NO, Boolean.FALSE);
                BigDecimal baselineValue = null;
                String baselineLevel = null;
                if (kind == ValueKind.LEVEL) {
                    baselineLevel = row.text(BASELINE, 32);
                } else {
                    baselineValue = row.decimal(BASELINE, false, 14, 4, false);
                }
                Integer baselineYear = row.year(BASELINE_YEAR, false);
                if (baselineYear != null && info.endYear() != null && baselineYear > info.endYear()) {
                    row.warning(BASELINE_YEAR, "workbook.problem.baselineAfterPlan", baselineYear, info.endYear());
                }
                String target = row.requiredText(TARGET, 500);
                List<YearlyTarget> yearly = ItemCells.yearlyTargets(row, info);
                String leading = Organizations.one(row, LEADING_UNIT, rules.directory());
                List<String> others = Organizations.several(row, OTHER_UNITS, leading, rules.directory());
                Aggregation aggregation = row.choice(AGGREGATION, AGGREGATIONS, null);
                String weight = row.text(WEIGHT_KEY, 64);
                if (aggregation == Aggregation.WEIGHTED_AVERAGE && weight == null && row.isEmpty(WEIGHT_KEY)) {
                    row.error(WEIGHT_KEY, "workbook.problem.weightMissing", AGGREGATIONS.get(aggregation));
                } else if (weight != null && aggregation != Aggregation.WEIGHTED_AVERAGE) {
                    row.error(
                            WEIGHT_KEY,
                            "workbook.problem.weightUnused",
                            AGGREGATIONS.get(Aggregation.WEIGHTED_AVERAGE));
                } else if (weight != null) {
                    weights.put(row, weight);
                }
                String note = row.text(NOTE, 4000);
                Target structured = ItemCells.structured(row);
                if (structured == null
                        && target != null
                        && !parser.parse(target, unit).understood()) {
                    row.warning(TARGET, "workbook.problem.targetNotUnderstood", target);
                }
                IndicatorDefinition shape = new IndicatorDefinition(
                        number,
                        category,
                        name,
                        unit,
                        definition,
                        direction,
                        kind,
                        scale,
                        Boolean.TRUE.equals(binding),
                        baselineValue,
                        baselineLevel,
                        baselineYear,
                        note,
                        aggregation);
                indicators.add(new PlanWorkbook.Indicator(
                        key,
                        goal,
                        shape,
                        weight,
                        target,
                        structured,
                        yearly,
                        leading,
                        others,
                        row.text(TARGET_SOURCE, 255),
                        ItemCells.otherStatements(row)));
            }
            weights.forEach((row, weight) -> {
                Integer weightRow = keys.get(weight);
                if (weightRow == null) {
                    row.error(WEIGHT_KEY, "workbook.problem.unknownIndicator", weight);
                } else if (weightRow == row.number()) {
                    row.error(WEIGHT_KEY, "workbook.problem.ownWeight", weight);
                }
            });
            return indicators;
        }

        String goalKey(RowCells row) {
            String key = row.text(GOAL_KEY, 64);
            if (key != null && !goalRows.containsKey(key)) {
                row.error(GOAL_KEY, "workbook.problem.unknownGoal", key);
            }
            return key;
        }
    }
}
