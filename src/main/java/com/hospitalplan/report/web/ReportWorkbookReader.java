package com.hospitalplan.report.web;

import static com.hospitalplan.report.web.ReportWorkbookFormat.*;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportViews;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a filled-in report workbook against the report it was written for. Rows are matched by the id in column A;
 * rows left out keep what the report holds. Every value is checked by the same rules as the report form, and every
 * problem names its sheet, row and column as Excel shows them. Plain Java: nothing is saved here.
 */
final class ReportWorkbookReader {

    /** The longest text a cell may hold. */
    static final int MAX_TEXT = 4000;

    private record Place(String sheet, int row, String column) {}

    private final ReportViews.ReportPage page;
    private final ReportForm form;
    private final ReportForm before;
    private final List<ReportWorkbookReading.CellProblem> problems = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    private int rowsRead;

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
        return new ReportWorkbookReading(reader.form, List.copyOf(reader.problems), reader.changes(), reader.rowsRead);
    }

    private void values(Sheet sheet) {
        Map<Long, ReportViews.ValueRow> rows = page.values().stream()
                .collect(Collectors.toMap(ReportViews.ValueRow::indicatorId, Function.identity()));
        Map<String, Integer> columns = columns(sheet, VALUES, VALUE);
        if (columns == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Row row : dataRows(sheet)) {
            Long id = id(row, columns, VALUES, rows.keySet(), seen);
            if (id == null) {
                continue;
            }
            ReportViews.ValueRow indicator = rows.get(id);
            Integer valueColumn = columns.get(VALUE);
            String value = text(row, valueColumn, VALUES);
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
            places.put("values[" + id + "]", place(VALUES, row, valueColumn));
            Integer explanationColumn = columns.get(EXPLANATION);
            if (explanationColumn != null) {
                form.getExplanations().put(id, text(row, explanationColumn, VALUES));
            }
        }
    }

    private void milestones(Sheet sheet) {
        Set<Long> known = page.milestones().stream()
                .map(ReportViews.MilestoneRow::milestoneId)
                .collect(Collectors.toSet());
        Map<String, Integer> columns = columns(sheet, MILESTONES, STATUS);
        if (columns == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Row row : dataRows(sheet)) {
            Long id = id(row, columns, MILESTONES, known, seen);
            if (id == null) {
                continue;
            }
            Integer statusColumn = columns.get(STATUS);
            String status = text(row, statusColumn, MILESTONES);
            if (status != null && progress(status) == null) {
                problem(MILESTONES, row, statusColumn, "report.workbook.progressUnknown", status);
            } else {
                form.getMilestoneStatus()
                        .put(id, status == null ? null : progress(status).name());
            }
            Integer percentColumn = columns.get(PERCENT);
            if (percentColumn != null) {
                form.getMilestonePercent().put(id, text(row, percentColumn, MILESTONES));
                places.put("milestonePercent[" + id + "]", place(MILESTONES, row, percentColumn));
            }
        }
    }

    /** The sub-targets' values; a workbook without the sheet leaves them as they are. */
    private void subTargets(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        Map<String, ReportViews.SubTargetRow> known = new HashMap<>();
        page.milestones().forEach(m -> m.subTargets().forEach(sub -> known.put(ReportForm.subTargetKey(m, sub), sub)));
        Map<String, Integer> columns = columns(sheet, SUB_TARGETS, VALUE);
        if (columns == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Row row : dataRows(sheet)) {
            int idColumn = columns.get(ID);
            String key = text(row, idColumn, SUB_TARGETS);
            if (key == null || !known.containsKey(key)) {
                problem(SUB_TARGETS, row, idColumn, "report.workbook.unknownRow", key == null ? "" : key);
                continue;
            }
            if (!seen.add(key)) {
                problem(SUB_TARGETS, row, idColumn, "report.workbook.duplicateRow", key);
                continue;
            }
            Integer valueColumn = columns.get(VALUE);
            String value = text(row, valueColumn, SUB_TARGETS);
            if (value != null && known.get(key).valueKind() == ValueKind.YES_NO) {
                value = yesNo(value, SUB_TARGETS, row, valueColumn);
            }
            form.getSubTargetValues().put(key, value);
            places.put("subTargetValues[" + key + "]", place(SUB_TARGETS, row, valueColumn));
        }
    }

    private void spending(Sheet sheet) {
        Set<Long> known = page.spending().stream()
                .map(ReportViews.SpendingRow::budgetLineId)
                .collect(Collectors.toSet());
        Map<String, Integer> columns = columns(sheet, SPENDING, SPENT);
        if (columns == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (Row row : dataRows(sheet)) {
            Long id = id(row, columns, SPENDING, known, seen);
            if (id == null) {
                continue;
            }
            Integer spentColumn = columns.get(SPENT);
            form.getSpent().put(id, text(row, spentColumn, SPENDING));
            places.put("spent[" + id + "]", place(SPENDING, row, spentColumn));
        }
    }

    private void narrative(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        Map<String, Integer> columns = headers(sheet);
        Integer item = columns.get(ITEM);
        Integer text = columns.get(TEXT);
        if (item == null || text == null) {
            problems.add(new ReportWorkbookReading.CellProblem(
                    NARRATIVE, 1, "", "report.workbook.missingColumn", List.of(TEXT)));
            return;
        }
        for (Row row : dataRows(sheet)) {
            String label = text(row, item, NARRATIVE);
            String content = text(row, text, NARRATIVE);
            if (ACHIEVEMENTS.equals(label)) {
                form.setAchievements(content);
            } else if (PROBLEMS.equals(label)) {
                form.setProblems(content);
            } else if (NEXT_STEPS.equals(label)) {
                form.setNextSteps(content);
            } else if (label != null) {
                problem(NARRATIVE, row, item, "report.workbook.unknownItem", label);
            }
        }
    }

    /** The report form's own checks (numbers, levels, percentages, amounts), placed on the cells they concern. */
    private void checkWithTheFormRules() {
        Map<String, String> errors = new HashMap<>();
        form.input(page, errors);
        errors.forEach((field, key) -> {
            Place place = places.get(field);
            problems.add(
                    place == null
                            ? new ReportWorkbookReading.CellProblem("", 0, "", key, List.of())
                            : new ReportWorkbookReading.CellProblem(
                                    place.sheet(), place.row(), place.column(), key, List.of()));
        });
        problems.sort(java.util.Comparator.comparing((ReportWorkbookReading.CellProblem p) -> sheetOrder(p.sheet()))
                .thenComparingInt(ReportWorkbookReading.CellProblem::row)
                .thenComparing(ReportWorkbookReading.CellProblem::column));
    }

    private static int sheetOrder(String sheet) {
        return List.of(VALUES, MILESTONES, SUB_TARGETS, SPENDING, NARRATIVE).indexOf(sheet);
    }

    private List<ReportWorkbookReading.Change> changes() {
        List<ReportWorkbookReading.Change> changes = new ArrayList<>();
        for (ReportViews.ValueRow v : page.values()) {
            String label = (v.number() == null ? "" : v.number() + " ") + v.name();
            add(
                    changes,
                    VALUES,
                    label,
                    before.getValues().get(v.indicatorId()),
                    form.getValues().get(v.indicatorId()));
            add(
                    changes,
                    VALUES,
                    label + " · " + EXPLANATION,
                    before.getExplanations().get(v.indicatorId()),
                    form.getExplanations().get(v.indicatorId()));
        }
        for (ReportViews.MilestoneRow m : page.milestones()) {
            add(
                    changes,
                    MILESTONES,
                    m.title() + " · " + STATUS,
                    label(before.getMilestoneStatus().get(m.milestoneId())),
                    label(form.getMilestoneStatus().get(m.milestoneId())));
            add(
                    changes,
                    MILESTONES,
                    m.title() + " · " + PERCENT,
                    before.getMilestonePercent().get(m.milestoneId()),
                    form.getMilestonePercent().get(m.milestoneId()));
            for (ReportViews.SubTargetRow sub : m.subTargets()) {
                String key = ReportForm.subTargetKey(m, sub);
                add(
                        changes,
                        SUB_TARGETS,
                        m.title() + " · " + sub.label(),
                        before.getSubTargetValues().get(key),
                        form.getSubTargetValues().get(key));
            }
        }
        for (ReportViews.SpendingRow s : page.spending()) {
            add(
                    changes,
                    SPENDING,
                    s.label(),
                    before.getSpent().get(s.budgetLineId()),
                    form.getSpent().get(s.budgetLineId()));
        }
        add(changes, NARRATIVE, ACHIEVEMENTS, before.getAchievements(), form.getAchievements());
        add(changes, NARRATIVE, PROBLEMS, before.getProblems(), form.getProblems());
        add(changes, NARRATIVE, NEXT_STEPS, before.getNextSteps(), form.getNextSteps());
        return changes;
    }

    private static String label(String progress) {
        return progress == null ? null : PROGRESS.get(com.hospitalplan.report.MilestoneProgress.valueOf(progress));
    }

    private static void add(
            List<ReportWorkbookReading.Change> changes, String sheet, String item, String before, String after) {
        if (!Objects.equals(normal(before), normal(after))) {
            changes.add(new ReportWorkbookReading.Change(
                    sheet, item, before == null ? "" : before, after == null ? "" : after));
        }
    }

    /** Equal numbers written differently ("85" and "85.0") are no change. */
    private static String normal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    // Cells

    /** Column indexes by header, or {@code null} (and a problem) when the sheet or a needed column is missing. */
    private Map<String, Integer> columns(Sheet sheet, String name, String needed) {
        if (sheet == null) {
            problems.add(
                    new ReportWorkbookReading.CellProblem(name, 0, "", "report.workbook.missingSheet", List.of(name)));
            return null;
        }
        Map<String, Integer> columns = headers(sheet);
        for (String header : List.of(ID, needed)) {
            if (!columns.containsKey(header)) {
                problems.add(new ReportWorkbookReading.CellProblem(
                        name, 1, "", "report.workbook.missingColumn", List.of(header)));
                return null;
            }
        }
        return columns;
    }

    private Map<String, Integer> headers(Sheet sheet) {
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

    private List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                rows.add(row);
                rowsRead++;
            }
        }
        return rows;
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

    /** The row's id if it names one of {@code known} not seen before; otherwise a problem and {@code null}. */
    private Long id(Row row, Map<String, Integer> columns, String sheet, Set<Long> known, Set<Long> seen) {
        int column = columns.get(ID);
        String text = text(row, column, sheet);
        Long id = null;
        if (text != null) {
            try {
                BigDecimal number = new BigDecimal(text);
                id = number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
            } catch (NumberFormatException | ArithmeticException e) {
                id = null;
            }
        }
        if (id == null || !known.contains(id)) {
            problem(sheet, row, column, "report.workbook.unknownRow", text == null ? "" : text);
            return null;
        }
        if (!seen.add(id)) {
            problem(sheet, row, column, "report.workbook.duplicateRow", text);
            return null;
        }
        return id;
    }

    /** The cell as text (numbers in plain notation), or {@code null} when empty or unreadable (then a problem). */
    private String text(Row row, Integer column, String sheet) {
        if (column == null) {
            return null;
        }
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
            case BOOLEAN -> cell.getBooleanCellValue() ? YES : NO;
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

    /** A number cell in plain notation; one Excel shows as a percentage (0.85 as 85%) is read as the percentage. */
    private static String number(Cell cell) {
        BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            number = number.movePointRight(2);
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private String yesNo(String value, String sheet, Row row, int column) {
        if (YES.equals(value) || "true".equalsIgnoreCase(value)) {
            return "true";
        }
        if (NO.equals(value) || "false".equalsIgnoreCase(value)) {
            return "false";
        }
        problem(sheet, row, column, "report.workbook.yesNo", value);
        return null;
    }

    private void problem(String sheet, Row row, int column, String key, String... args) {
        problems.add(new ReportWorkbookReading.CellProblem(
                sheet, row.getRowNum() + 1, CellReference.convertNumToColString(column), key, List.of(args)));
    }

    private static Place place(String sheet, Row row, int column) {
        return new Place(sheet, row.getRowNum() + 1, CellReference.convertNumToColString(column));
    }
}
