package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.BudgetSummary;
import com.hospitalplan.plan.StatedTotalCheck;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.TargetStatement;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;

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
            List<PlanWorkbook.BudgetLine> lines = budgetLines(sheet(BUDGET));
            List<PlanWorkbook.StatedTotal> totals = statedTotals(sheet(TOTALS));
            checkTotals(lines, totals);
            return new WorkbookReading(
                    new PlanWorkbook(info, goals, milestones, indicators, lines, totals),
                    problems.sorted(),
                    problems.count(),
                    rowsRead);
        }

        private SheetRows sheet(String name) {
            return SheetRows.of(workbook, name, COLUMNS.get(name), problems);
        }

        private List<SheetRows.Cells> rows(SheetRows sheet) {
            if (sheet == null) {
                return List.of();
            }
            List<SheetRows.Cells> rows = sheet.rows();
            rowsRead += rows.size();
            return rows;
        }

        private List<PlanWorkbook.Goal> goals(SheetRows sheet) {
            List<PlanWorkbook.Goal> goals = new ArrayList<>();
            for (SheetRows.Cells row : rows(sheet)) {
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
            for (SheetRows.Cells row : rows(sheet)) {
                String goal = goalKey(row);
                String title = row.requiredText(ITEM_TITLE, 500);
                String description = row.text(DESCRIPTION, 20000);
                Integer year = row.year(YEAR, true);
                inPlanPeriod(row, YEAR, year);
                LocalDate dueDate = row.date(DUE_DATE);
                if (dueDate != null && year != null && dueDate.getYear() != year) {
                    row.error(DUE_DATE, "workbook.problem.dueDateOutsideYear", dueDate, year);
                }
                BigDecimal cost = row.decimal(PLANNED_COST, false, 12, 2, true);
                List<SubTarget> parts = subTargets(row);
                milestones.add(new PlanWorkbook.Milestone(
                        goal, title, description, year == null ? 0 : year, dueDate, cost, parts));
            }
            return milestones;
        }

        private List<PlanWorkbook.Indicator> indicators(SheetRows sheet) {
            List<PlanWorkbook.Indicator> indicators = new ArrayList<>();
            Map<String, Integer> keys = new HashMap<>();
            Map<SheetRows.Cells, String> weights = new java.util.LinkedHashMap<>();
            for (SheetRows.Cells row : rows(sheet)) {
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
                List<YearlyTarget> yearly = yearlyTargets(row);
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
                Target structured = structured(row);
                if (structured == null
                        && target != null
                        && !parser.parse(target, unit).understood()) {
                    row.warning(TARGET, "workbook.problem.targetNotUnderstood", target);
                }
                indicators.add(new PlanWorkbook.Indicator(
                        key,
                        goal,
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
                        target,
                        structured,
                        yearly,
                        leading,
                        others,
                        aggregation,
                        weight,
                        note,
                        row.text(TARGET_SOURCE, 255),
                        otherStatements(row)));
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

        private List<PlanWorkbook.BudgetLine> budgetLines(SheetRows sheet) {
            List<PlanWorkbook.BudgetLine> lines = new ArrayList<>();
            for (SheetRows.Cells row : rows(sheet)) {
                String source = row.requiredText(SOURCE, 64);
                String category = row.requiredText(CATEGORY, 128);
                Integer year = row.year(YEAR, false);
                inPlanPeriod(row, YEAR, year);
                BudgetAmount planned = plannedAmount(row, year);
                String goal = goalKey(row);
                String note = row.text(NOTE, 500);
                lines.add(new PlanWorkbook.BudgetLine(source, category, year, planned, goal, note));
            }
            return lines;
        }

        /** The amount and its 金额未说明, 每年, 约 and 计入合计 cells, or {@code null} when they do not fit together. */
        private BudgetAmount plannedAmount(SheetRows.Cells row, Integer year) {
            BigDecimal amount = row.decimal(AMOUNT, false, 12, 2, true);
            Boolean notStated = row.choice(NOT_STATED, YES_NO, Boolean.FALSE);
            Boolean recurring = row.choice(RECURRING, YES_NO, Boolean.FALSE);
            Boolean approximate = row.choice(APPROXIMATE, YES_NO, Boolean.FALSE);
            Boolean inTotals = row.choice(IN_TOTALS, YES_NO, Boolean.TRUE);
            if (notStated == null || recurring == null || approximate == null || inTotals == null) {
                return null;
            }
            if (notStated && amount != null) {
                row.error(AMOUNT, "workbook.problem.amountWithNotStated", NOT_STATED);
                return null;
            }
            if (!notStated && amount == null) {
                if (row.isEmpty(AMOUNT)) {
                    row.error(AMOUNT, "workbook.problem.amountOrNotStated", NOT_STATED);
                }
                return null;
            }
            if (approximate && amount == null) {
                row.error(APPROXIMATE, "workbook.problem.approximateWithoutAmount");
                return null;
            }
            if (recurring && year != null) {
                row.error(YEAR, "workbook.problem.recurringWithYear", RECURRING);
                return null;
            }
            return new BudgetAmount(amount, recurring, approximate, inTotals);
        }

        private List<PlanWorkbook.StatedTotal> statedTotals(SheetRows sheet) {
            List<PlanWorkbook.StatedTotal> totals = new ArrayList<>();
            for (SheetRows.Cells row : rows(sheet)) {
                String label = row.requiredText(TOTAL_LABEL, 255);
                String source = row.text(SOURCE, 64);
                String category = row.text(CATEGORY, 128);
                Integer year = row.year(YEAR, false);
                inPlanPeriod(row, YEAR, year);
                BigDecimal amount = row.decimal(AMOUNT, true, 12, 2, true);
                totals.add(new PlanWorkbook.StatedTotal(label, source, category, year, amount));
            }
            return totals;
        }

        /** A stated total that its lines do not add up to is worth a look, but documents do that (seed 001). */
        private void checkTotals(List<PlanWorkbook.BudgetLine> lines, List<PlanWorkbook.StatedTotal> totals) {
            if (totals.isEmpty()
                    || problems.hasErrors()
                    || info.startYear() == null
                    || info.endYear() == null
                    || lines.stream().anyMatch(l -> l.planned() == null)
                    || totals.stream().anyMatch(t -> t.amount() == null)) {
                return;
            }
            List<BudgetLineView> views = lines.stream()
                    .map(l -> new BudgetLineView(
                            null,
                            null,
                            l.source(),
                            l.category(),
                            l.year(),
                            l.planned().amount(),
                            l.planned().recurring(),
                            l.planned().approximate(),
                            l.planned().inTotals(),
                            l.note(),
                            0))
                    .toList();
            List<BudgetSummary.Stated> stated = totals.stream()
                    .map(t -> new BudgetSummary.Stated(t.label(), t.source(), t.category(), t.year(), t.amount()))
                    .toList();
            List<StatedTotalCheck> checks = BudgetSummary.of(views, stated, info.startYear(), info.endYear())
                    .statedTotals();
            for (int i = 0; i < checks.size(); i++) {
                StatedTotalCheck check = checks.get(i);
                if (!check.complete()) {
                    problems.warning(
                            TOTALS,
                            i + 2,
                            "",
                            "workbook.problem.totalIncomplete",
                            check.label(),
                            String.join("、", check.unstatedLines()));
                } else if (check.mismatches()) {
                    problems.warning(
                            TOTALS,
                            i + 2,
                            "",
                            "workbook.problem.totalMismatch",
                            check.label(),
                            check.stated().stripTrailingZeros().toPlainString(),
                            check.computed().amount().stripTrailingZeros().toPlainString());
                }
            }
        }

        private String goalKey(SheetRows.Cells row) {
            String key = row.text(GOAL_KEY, 64);
            if (key != null && !goalRows.containsKey(key)) {
                row.error(GOAL_KEY, "workbook.problem.unknownGoal", key);
            }
            return key;
        }

        private void inPlanPeriod(SheetRows.Cells row, String header, Integer year) {
            if (year != null
                    && info.startYear() != null
                    && info.endYear() != null
                    && (year < info.startYear() || year > info.endYear())) {
                row.warning(header, "workbook.problem.outsidePeriod", year, info.startYear(), info.endYear());
            }
        }

        /** "正文（二）：31个" per line: where the document states the target again, and how. */
        private List<TargetStatement> otherStatements(SheetRows.Cells row) {
            List<TargetStatement> statements = new ArrayList<>();
            String text = row.text(OTHER_STATEMENTS, 8000);
            if (text == null) {
                return statements;
            }
            for (String[] line : lines(text)) {
                if (line[0].isEmpty() || line[1].isEmpty()) {
                    row.error(OTHER_STATEMENTS, "workbook.problem.otherStatementLine", String.join("：", line));
                } else if (line[0].length() > 255 || line[1].length() > 500) {
                    row.error(OTHER_STATEMENTS, "workbook.problem.tooLong", OTHER_STATEMENTS, 500, line[1].length());
                } else {
                    statements.add(new TargetStatement(line[0], line[1]));
                }
            }
            return statements;
        }

        /** "2023：≥30%" per line. */
        private List<YearlyTarget> yearlyTargets(SheetRows.Cells row) {
            List<YearlyTarget> targets = new ArrayList<>();
            String text = row.text(YEARLY_TARGETS, 8000);
            if (text == null) {
                return targets;
            }
            for (String[] line : lines(text)) {
                String year = SheetRows.normalized(line[0]).replaceFirst("年$", "");
                if (!year.matches("\\d{4}") || line[1].isEmpty()) {
                    row.error(YEARLY_TARGETS, "workbook.problem.yearlyLine", String.join("：", line));
                    continue;
                }
                int value = Integer.parseInt(year);
                if (value < SheetRows.FIRST_YEAR || value > SheetRows.LAST_YEAR) {
                    row.error(
                            YEARLY_TARGETS,
                            "workbook.problem.yearRange",
                            YEARLY_TARGETS,
                            value,
                            SheetRows.FIRST_YEAR,
                            SheetRows.LAST_YEAR);
                } else if (line[1].length() > 500) {
                    row.error(YEARLY_TARGETS, "workbook.problem.tooLong", YEARLY_TARGETS, 500, line[1].length());
                } else if (targets.stream().anyMatch(t -> t.year() == value)) {
                    row.error(YEARLY_TARGETS, "workbook.problem.yearTwice", value);
                } else {
                    inPlanPeriod(row, YEARLY_TARGETS, value);
                    targets.add(new YearlyTarget(value, line[1]));
                }
            }
            targets.sort(Comparator.comparingInt(YearlyTarget::year));
            return targets;
        }

        /** "引进博士：1-2人" per line. */
        private List<SubTarget> subTargets(SheetRows.Cells row) {
            List<SubTarget> parts = new ArrayList<>();
            String text = row.text(SUB_TARGETS, 8000);
            if (text == null) {
                return parts;
            }
            for (String[] line : lines(text)) {
                if (line[0].isEmpty() || line[1].isEmpty()) {
                    row.error(SUB_TARGETS, "workbook.problem.subTargetLine", String.join("：", line));
                } else if (line[0].length() > 255 || line[1].length() > 255) {
                    row.error(
                            SUB_TARGETS,
                            "workbook.problem.tooLong",
                            SUB_TARGETS,
                            255,
                            Math.max(line[0].length(), line[1].length()));
                } else {
                    parts.add(new SubTarget(line[0], line[1]));
                }
            }
            return parts;
        }

        private Target structured(SheetRows.Cells row) {
            String json = row.text(STRUCTURED_TARGET, 4000);
            if (json == null) {
                return null;
            }
            try {
                Target target = StructuredTargets.read(json);
                if (target == null || target.measure() == null || target.bound() == null) {
                    throw new IllegalArgumentException("incomplete");
                }
                return target;
            } catch (JacksonException | IllegalArgumentException e) {
                row.error(STRUCTURED_TARGET, "workbook.problem.structuredTarget");
                return null;
            }
        }
    }

    /** Non-blank lines split at their first colon (half- or full-width); a line without one has an empty value. */
    static List<String[]> lines(String text) {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            lines.add(new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""});
        }
        return lines;
    }
}
