package com.hospitalplan.project;

import static com.hospitalplan.project.ProgressWorkbookFormat.*;

import com.hospitalplan.shared.CellProblem;
import com.hospitalplan.shared.WorkbookCells;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a filled-in project progress workbook against the projects the unit reports for in the period. Rows are
 * matched by the id in column A; a row naming a project that is not the unit's is a problem, a row left blank keeps
 * what the report holds. Every figure is checked by the report form's own rules ({@link ProgressInput}), placed on
 * its cell; the stage is read by its name on the list. Plain Java: nothing is saved here.
 */
final class ProgressWorkbookReader {

    /** A project the unit reports for, with what its report holds now. */
    record Known(String name, ProjectProgress.ProgressFigures stored) {}

    private final Long periodId;
    private final Map<Long, Known> projects;
    private final Map<Long, String> stageNames;
    private final Map<String, Long> stageIds = new HashMap<>();
    private final WorkbookCells cells = new WorkbookCells("true", "false");
    private final List<CellProblem> warnings = new ArrayList<>();
    private final List<ProgressWorkbookReading.Change> changes = new ArrayList<>();
    private final Map<String, String> sent = new LinkedHashMap<>();

    private ProgressWorkbookReader(Long periodId, Map<Long, Known> projects, Map<Long, String> stageNames) {
        this.periodId = periodId;
        this.projects = projects;
        this.stageNames = stageNames;
        stageNames.forEach((id, name) -> stageIds.put(name, id));
    }

    /**
     * @param projects the projects the unit reports for in the period, by id
     * @param stageNames the stage list, by id
     */
    static ProgressWorkbookReading read(
            Workbook workbook, Long periodId, Map<Long, Known> projects, Map<Long, String> stageNames) {
        ProgressWorkbookReader reader = new ProgressWorkbookReader(periodId, projects, stageNames);
        reader.period(workbook.getSheet(GUIDE));
        reader.rows(workbook.getSheet(SHEET));
        return new ProgressWorkbookReading(
                reader.cells.problems(), reader.warnings, reader.changes, reader.sent, reader.cells.rowsRead());
    }

    /** A workbook written for another period is refused as a whole. */
    private void period(Sheet guide) {
        if (guide == null) {
            return;
        }
        for (Row row : guide) {
            Cell label = row.getCell(0);
            if (label != null
                    && label.getCellType() == CellType.STRING
                    && PERIOD_MARK.equals(label.getStringCellValue().strip())) {
                String written = cells.text(row, 1, GUIDE);
                if (written != null && !written.equals(String.valueOf(periodId))) {
                    cells.problem(GUIDE, row, 1, "projectWorkbook.error.otherPeriod", written);
                }
            }
        }
    }

    private void rows(Sheet sheet) {
        Map<String, Integer> columns =
                cells.columns(sheet, SHEET, List.of(ID, INVESTMENT, FUNDS, PERCENT, STAGE, PROBLEMS));
        if (columns == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Row row : cells.dataRows(sheet)) {
            Long id = cells.id(row, columns.get(ID), SHEET, projects.keySet(), seen, "projectWorkbook.error.notYours");
            if (id != null) {
                project(id, row, columns);
            }
        }
    }

    private void project(Long id, Row row, Map<String, Integer> columns) {
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, Integer> cellOf = new HashMap<>();
        boolean unreadable = false;
        for (Map.Entry<String, String> input : INPUTS.entrySet()) {
            int column = columns.get(input.getKey());
            int before = cells.problems().size();
            String value = cells.text(row, column, SHEET);
            unreadable |= cells.problems().size() > before;
            if (value != null && input.getValue().equals("stage")) {
                Long stageId = stageIds.get(value);
                if (stageId == null) {
                    cells.problem(SHEET, row, column, "projectWorkbook.error.unknownStage", value);
                    unreadable = true;
                }
                value = stageId == null ? null : stageId.toString();
            }
            entered.put(ProgressInput.param(id, input.getValue()), value);
            cellOf.put(ProgressInput.param(id, input.getValue()), column);
        }
        if (!unreadable && entered.values().stream().allMatch(Objects::isNull)) {
            return; // a row left blank keeps what the report holds
        }
        ProgressInput read = ProgressInput.read(id, entered, stageNames.keySet());
        read.problems().forEach((param, key) -> cells.problem(SHEET, row, cellOf.get(param), key));
        read.warnings().forEach((param, key) -> {
            WorkbookCells.Place place = WorkbookCells.Place.of(SHEET, row, cellOf.get(param));
            warnings.add(new CellProblem(place.sheet(), place.row(), place.column(), key, List.of()));
        });
        if (!unreadable && read.problems().isEmpty()) {
            entered.forEach((param, value) -> sent.put(param, value == null ? "" : value));
            changes(projects.get(id), read.figures());
        }
    }

    private void changes(Known project, ProjectProgress.ProgressFigures after) {
        ProjectProgress.ProgressFigures before = project.stored();
        change(project, "investment", before.investment(), after.investment());
        change(project, "funds", before.funds(), after.funds());
        change(project, "percent", before.worksPercent(), after.worksPercent());
        if (!Objects.equals(before.stageId(), after.stageId())) {
            changes.add(new ProgressWorkbookReading.Change(
                    project.name(), "stage", stageNames.get(before.stageId()), stageNames.get(after.stageId())));
        }
        if (!Objects.equals(before.problems(), after.problems())) {
            changes.add(new ProgressWorkbookReading.Change(
                    project.name(), "problems", before.problems(), after.problems()));
        }
    }

    private void change(Known project, String field, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            changes.add(new ProgressWorkbookReading.Change(project.name(), field, plain(before), plain(after)));
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
