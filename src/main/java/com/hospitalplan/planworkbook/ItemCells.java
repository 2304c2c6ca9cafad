package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.LabelledLines;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.TargetStatement;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.targets.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JacksonException;

/** Cells of a row that hold several things: yearly targets, sub-targets, other statements, a structured target. */
final class ItemCells {

    private ItemCells() {}

    /** A year outside the plan's period is worth a warning. */
    static void inPlanPeriod(RowCells row, String header, Integer year, PlanWorkbook.Info info) {
        if (year != null
                && info.startYear() != null
                && info.endYear() != null
                && (year < info.startYear() || year > info.endYear())) {
            row.warning(header, "workbook.problem.outsidePeriod", year, info.startYear(), info.endYear());
        }
    }

    /** "正文（二）：31个" per line: where the document states the target again, and how. */
    static List<TargetStatement> otherStatements(RowCells row) {
        List<TargetStatement> statements = new ArrayList<>();
        String text = row.text(OTHER_STATEMENTS, 8000);
        if (text == null) {
            return statements;
        }
        for (String[] line : LabelledLines.of(text)) {
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
    static List<YearlyTarget> yearlyTargets(RowCells row, PlanWorkbook.Info info) {
        List<YearlyTarget> targets = new ArrayList<>();
        String text = row.text(YEARLY_TARGETS, 8000);
        if (text == null) {
            return targets;
        }
        for (String[] line : LabelledLines.of(text)) {
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
                inPlanPeriod(row, YEARLY_TARGETS, value, info);
                targets.add(new YearlyTarget(value, line[1]));
            }
        }
        targets.sort(Comparator.comparingInt(YearlyTarget::year));
        return targets;
    }

    /** "引进博士：1-2人" per line. */
    static List<SubTarget> subTargets(RowCells row) {
        List<SubTarget> parts = new ArrayList<>();
        String text = row.text(SUB_TARGETS, 8000);
        if (text == null) {
            return parts;
        }
        for (String[] line : LabelledLines.of(text)) {
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

    static Target structured(RowCells row) {
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
