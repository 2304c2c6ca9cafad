package com.hospitalplan.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the cells of an uploaded fill-in workbook (the report workbook, the project progress workbook): headers, data
 * rows, row ids and texts, and collects every problem with the sheet, row and column Excel shows. A formula, an error
 * cell or a text beyond {@link #MAX_TEXT} is a problem, never a value. Plain Java.
 */
public final class WorkbookCells {

    /** The longest text a cell may hold. */
    public static final int MAX_TEXT = 4000;

    /** Where a cell is, as Excel names it. */
    public record Place(String sheet, int row, String column) {

        public static Place of(String sheet, Row row, int column) {
            return new Place(sheet, row.getRowNum() + 1, CellReference.convertNumToColString(column));
        }
    }

    private final String yes;
    private final String no;
    private final List<CellProblem> problems = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private int rowsRead;

    /** @param yes how a TRUE cell reads as text; {@code no} likewise for FALSE */
    public WorkbookCells(String yes, String no) {
        this.yes = yes;
        this.no = no;
    }

    public List<CellProblem> problems() {
        return problems;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public void problem(CellProblem problem) {
        problems.add(problem);
    }

    public void problem(String sheet, Row row, int column, String key, String... args) {
        Place place = Place.of(sheet, row, column);
        problems.add(new CellProblem(place.sheet(), place.row(), place.column(), key, List.of(args)));
    }

    /** Column indexes by header, or {@code null} (and a problem) when the sheet or a needed column is missing. */
    public Map<String, Integer> columns(Sheet sheet, String name, List<String> needed) {
        if (sheet == null) {
            problems.add(new CellProblem(name, 0, "", "report.workbook.missingSheet", List.of(name)));
            return null;
        }
        Map<String, Integer> columns = headers(sheet);
        for (String header : needed) {
            if (!columns.containsKey(header)) {
                problems.add(new CellProblem(name, 1, "", "report.workbook.missingColumn", List.of(header)));
                return null;
            }
        }
        return columns;
    }

    /** Column indexes by the text of the first row's cells. */
    public Map<String, Integer> headers(Sheet sheet) {
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

    /** The rows below the header that hold anything, each counted as read. */
    public List<Row> dataRows(Sheet sheet) {
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

    /**
     * The row's id if it names one of {@code known} not seen before; otherwise a problem and {@code null}.
     *
     * @param unknownKey the message for an id that is not one of {@code known}
     */
    public Long id(Row row, int column, String sheet, Set<Long> known, Set<Long> seen, String unknownKey) {
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
            problem(sheet, row, column, unknownKey, text == null ? "" : text);
            return null;
        }
        if (!seen.add(id)) {
            problem(sheet, row, column, "report.workbook.duplicateRow", text);
            return null;
        }
        return id;
    }

    /** The cell as text (numbers in plain notation), or {@code null} when empty or unreadable (then a problem). */
    public String text(Row row, Integer column, String sheet) {
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
            case BOOLEAN -> cell.getBooleanCellValue() ? yes : no;
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
}
