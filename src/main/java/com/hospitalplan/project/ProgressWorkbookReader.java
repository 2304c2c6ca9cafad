package com.hospitalplan.project;

import static com.hospitalplan.project.ProgressWorkbookFormat.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a filled-in project progress workbook against the projects the unit reports for in the period. Rows are
 * matched by the id in column A; a row naming a project that is not the unit's is a problem, a row left blank keeps
 * what the report holds. Every figure is checked by the report form's own rules ({@link ProgressInput}), placed on
 * its cell; the stage is read by its name on the list. Plain Java: nothing is saved here.
 */
final class ProgressWorkbookReader {

    /** A project the unit reports for, with what its report holds now. */
    record Known(String name, ProjectProgress.ProgressFigures stored) {}

    /** The longest text a cell may hold. */
    static final int MAX_TEXT = 4000;

    private final Long periodId;
    private final Map<Long, Known> projects;
    private final Map<Long, String> stageNames;
    private final Map<String, Long> stageIds = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<ProgressWorkbookReading.CellProblem> problems = new ArrayList<>();
    private final List<ProgressWorkbookReading.CellProblem> warnings = new ArrayList<>();
    private final List<ProgressWorkbookReading.Change> changes = new ArrayList<>();
    private final Map<String, String> sent = new LinkedHashMap<>();
    private int rowsRead;

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
                reader.problems, reader.warnings, reader.changes, reader.sent, reader.rowsRead);
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
                String written = text(row, 1, GUIDE);
                if (written != null && !written.equals(String.valueOf(periodId))) {
                    problem(GUIDE, row, 1, "projectWorkbook.error.otherPeriod", written);
                }
            }
        }
    }

    private void rows(Sheet sheet) {
        if (sheet == null) {
            problems.add(new ProgressWorkbookReading.CellProblem(
                    SHEET, 0, "", "report.workbook.missingSheet", List.of(SHEET)));
            return;
        }
        Map<String, Integer> columns = headers(sheet);
        for (String needed : List.of(ID, INVESTMENT, FUNDS, PERCENT, STAGE, PROBLEMS)) {
            if (!columns.containsKey(needed)) {
                problems.add(new ProgressWorkbookReading.CellProblem(
                        SHEET, 1, "", "report.workbook.missingColumn", List.of(needed)));
                return;
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            rowsRead++;
            Long id = id(row, columns.get(ID), seen);
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
            int before = problems.size();
            String value = text(row, column, SHEET);
            unreadable |= problems.size() > before;
            if (value != null && input.getValue().equals("stage")) {
                Long stageId = stageIds.get(value);
                if (stageId == null) {
                    problem(SHEET, row, column, "projectWorkbook.error.unknownStage", value);
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
        read.problems().forEach((param, key) -> problem(SHEET, row, cellOf.get(param), key));
        read.warnings()
                .forEach((param, key) -> warnings.add(new ProgressWorkbookReading.CellProblem(
                        SHEET,
                        row.getRowNum() + 1,
                        CellReference.convertNumToColString(cellOf.get(param)),
                        key,
                        List.of())));
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

    /** The row's project if it is one the unit reports for and not seen before; otherwise a problem. */
    private Long id(Row row, int column, Set<Long> seen) {
        String text = text(row, column, SHEET);
        Long id = null;
        if (text != null) {
            try {
                BigDecimal number = new BigDecimal(text);
                id = number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                id = null;
            }
        }
        if (id == null || !projects.containsKey(id)) {
            problem(SHEET, row, column, "projectWorkbook.error.notYours", text == null ? "" : text);
            return null;
        }
        if (!seen.add(id)) {
            problem(SHEET, row, column, "report.workbook.duplicateRow", text);
            return null;
        }
        return id;
    }

    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        Row header = sheet.getRow(0);
        if (header != null) {
            for (Cell cell : header) {
                if (cell.getCellType() == CellType.STRING) {
                    columns.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK
                    && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cell as text (numbers in plain notation), or {@code null} when empty or unreadable (then a problem). */
    private String text(Row row, int column, String sheet) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case FORMULA -> {
                problem(sheet, row, column, "report.workbook.formula");
                yield null;
            }
            case NUMERIC -> number(cell);
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> {
                problem(sheet, row, column, "report.workbook.errorCell");
                yield null;
            }
            default -> null;
        };
        if (text != null && text.length() > MAX_TEXT) {
            problem(sheet, row, column, "report.workbook.tooLong", String.valueOf(MAX_TEXT));
            return null;
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** A number cell in plain notation; one Excel shows as a percentage (0.35 as 35%) is read as the percentage. */
    private static String number(Cell cell) {
        BigDecimal number = new BigDecimal(Double.toString(cell.getNumericCellValue()));
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            number = number.movePointRight(2);
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private void problem(String sheet, Row row, int column, String key, String... args) {
        problems.add(new ProgressWorkbookReading.CellProblem(
                sheet, row.getRowNum() + 1, CellReference.convertNumToColString(column), key, List.of(args)));
    }
}
