package com.hospitalplan.report.web;

import static com.hospitalplan.report.web.ReportWorkbookFormat.*;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.CellProblem;
import com.hospitalplan.shared.WorkbookCells;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a filled-in report workbook against the report it was written for. Rows are matched by the id in column A;
 * rows left out keep what the report holds. Every value is checked by the same rules as the report form, and every
 * problem names its sheet, row and column as Excel shows them. Plain Java: nothing is saved here.
 */
final class ReportWorkbookReader {

    private final ReportViews.ReportPage page;
    private final ReportForm form;
    private final ReportForm before;
    private final WorkbookCells cells = new WorkbookCells(YES, NO);
    private final Map<String, WorkbookCells.Place> places = new HashMap<>();

    private ReportWorkbookReader(ReportViews.ReportPage page) {
        this.page = page;
        this.form = ReportForm.of(page);
        this.before = ReportForm.of(page);
    }

    static ReportWorkbookReading read(Workbook workbook, ReportViews.ReportPage page) {
        ReportWorkbookReader reader = new ReportWorkbookReader(page);
        reader.values(workbook.getSheet(VALUES));
        reader.milestones(workbook.getSheet(MILESTONES));
        reader.subTargets(workbook.getSheet(SUB_TARGETS));
        reader.spending(workbook.getSheet(SPENDING));
        reader.narrative(workbook.getSheet(NARRATIVE));
        reader.checkWithTheFormRules();
        return new ReportWorkbookReading(
                reader.form,
                List.copyOf(reader.cells.problems()),
                ReportWorkbookChanges.between(page, reader.before, reader.form),
                reader.cells.rowsRead());
    }

    private void values(Sheet sheet) {
        Map<Long, ReportViews.ValueRow> rows = page.values().stream()
                .collect(Collectors.toMap(ReportViews.ValueRow::indicatorId, Function.identity()));
        eachItemRow(sheet, VALUES, VALUE, rows.keySet(), (id, row, columns) -> {
            ReportViews.ValueRow indicator = rows.get(id);
            Integer valueColumn = columns.get(VALUE);
            String value = cells.text(row, valueColumn, VALUES);
            if (value != null) {
                value = switch (indicator.valueKind()) {
                    case YES_NO -> yesNo(value, VALUES, row, valueColumn);
                    case PERCENTAGE ->
                        value.endsWith("%")
                                ? value.substring(0, value.length() - 1).strip()
                                : value;
                    default -> value;
                };
            }
            form.getValues().put(id, value);
            places.put("values[" + id + "]", WorkbookCells.Place.of(VALUES, row, valueColumn));
            Integer explanationColumn = columns.get(EXPLANATION);
            if (explanationColumn != null) {
                form.getExplanations().put(id, cells.text(row, explanationColumn, VALUES));
            }
        });
    }

    private void milestones(Sheet sheet) {
        Set<Long> known = page.milestones().stream()
                .map(ReportViews.MilestoneRow::milestoneId)
                .collect(Collectors.toSet());
        eachItemRow(sheet, MILESTONES, STATUS, known, (id, row, columns) -> {
            Integer statusColumn = columns.get(STATUS);
            String status = cells.text(row, statusColumn, MILESTONES);
            if (status != null && progress(status) == null) {
                cells.problem(MILESTONES, row, statusColumn, "report.workbook.progressUnknown", status);
            } else {
                form.getMilestoneStatus()
                        .put(id, status == null ? null : progress(status).name());
            }
            Integer percentColumn = columns.get(PERCENT);
            if (percentColumn != null) {
                form.getMilestonePercent().put(id, cells.text(row, percentColumn, MILESTONES));
                places.put("milestonePercent[" + id + "]", WorkbookCells.Place.of(MILESTONES, row, percentColumn));
            }
        });
    }

    /** The sub-targets' values; a workbook without the sheet leaves them as they are. */
    private void subTargets(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        Map<String, ReportViews.SubTargetRow> known = new HashMap<>();
        page.milestones().forEach(m -> m.subTargets().forEach(sub -> known.put(ReportForm.subTargetKey(m, sub), sub)));
        Map<String, Integer> columns = cells.columns(sheet, SUB_TARGETS, List.of(ID, VALUE));
        if (columns == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Row row : cells.dataRows(sheet)) {
            int idColumn = columns.get(ID);
            String key = cells.text(row, idColumn, SUB_TARGETS);
            if (key == null || !known.containsKey(key)) {
                cells.problem(SUB_TARGETS, row, idColumn, "report.workbook.unknownRow", key == null ? "" : key);
                continue;
            }
            if (!seen.add(key)) {
                cells.problem(SUB_TARGETS, row, idColumn, "report.workbook.duplicateRow", key);
                continue;
            }
            Integer valueColumn = columns.get(VALUE);
            String value = cells.text(row, valueColumn, SUB_TARGETS);
            if (value != null && known.get(key).valueKind() == ValueKind.YES_NO) {
                value = yesNo(value, SUB_TARGETS, row, valueColumn);
            }
            form.getSubTargetValues().put(key, value);
            places.put("subTargetValues[" + key + "]", WorkbookCells.Place.of(SUB_TARGETS, row, valueColumn));
        }
    }

    private void spending(Sheet sheet) {
        Set<Long> known = page.spending().stream()
                .map(ReportViews.SpendingRow::budgetLineId)
                .collect(Collectors.toSet());
        eachItemRow(sheet, SPENDING, SPENT, known, (id, row, columns) -> {
            Integer spentColumn = columns.get(SPENT);
            form.getSpent().put(id, cells.text(row, spentColumn, SPENDING));
            places.put("spent[" + id + "]", WorkbookCells.Place.of(SPENDING, row, spentColumn));
        });
    }

    /**
     * Reads each data row of an item sheet whose id column names one of the {@code known} items, once each; rows of
     * unknown or repeated ids are problems, and a sheet without its columns is read as nothing.
     */
    private void eachItemRow(Sheet sheet, String sheetName, String valueHeader, Set<Long> known, ItemRow read) {
        Map<String, Integer> columns = cells.columns(sheet, sheetName, List.of(ID, valueHeader));
        if (columns == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Row row : cells.dataRows(sheet)) {
            Long id = cells.id(row, columns.get(ID), sheetName, known, seen, "report.workbook.unknownRow");
            if (id != null) {
                read.read(id, row, columns);
            }
        }
    }

    /** What is read from one row of an item sheet. */
    private interface ItemRow {
        void read(Long id, Row row, Map<String, Integer> columns);
    }

    private void narrative(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        Map<String, Integer> columns = cells.headers(sheet);
        Integer item = columns.get(ITEM);
        Integer text = columns.get(TEXT);
        if (item == null || text == null) {
            cells.problem(new CellProblem(NARRATIVE, 1, "", "report.workbook.missingColumn", List.of(TEXT)));
            return;
        }
        for (Row row : cells.dataRows(sheet)) {
            String label = cells.text(row, item, NARRATIVE);
            String content = cells.text(row, text, NARRATIVE);
            if (ACHIEVEMENTS.equals(label)) {
                form.setAchievements(content);
            } else if (PROBLEMS.equals(label)) {
                form.setProblems(content);
            } else if (NEXT_STEPS.equals(label)) {
                form.setNextSteps(content);
            } else if (label != null) {
                cells.problem(NARRATIVE, row, item, "report.workbook.unknownItem", label);
            }
        }
    }

    /** The report form's own checks (numbers, levels, percentages, amounts), placed on the cells they concern. */
    private void checkWithTheFormRules() {
        Map<String, String> errors = new HashMap<>();
        form.input(page, errors);
        errors.forEach((field, key) -> {
            WorkbookCells.Place place = places.get(field);
            cells.problem(
                    place == null
                            ? CellProblem.ofWorkbook(key)
                            : new CellProblem(place.sheet(), place.row(), place.column(), key, List.of()));
        });
        cells.problems()
                .sort(java.util.Comparator.comparing((CellProblem p) -> sheetOrder(p.sheet()))
                        .thenComparingInt(CellProblem::row)
                        .thenComparing(CellProblem::column));
    }

    /** A yes/no cell as the form takes it ("true" or "false"), or {@code null} and a problem. */
    private String yesNo(String value, String sheet, Row row, int column) {
        if (YES.equals(value) || "true".equalsIgnoreCase(value)) {
            return "true";
        }
        if (NO.equals(value) || "false".equalsIgnoreCase(value)) {
            return "false";
        }
        cells.problem(sheet, row, column, "report.workbook.yesNo", value);
        return null;
    }

    private static int sheetOrder(String sheet) {
        return List.of(VALUES, MILESTONES, SUB_TARGETS, SPENDING, NARRATIVE).indexOf(sheet);
    }
}
