package com.hospitalplan.planworkbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The data rows of one sheet, with their cells found by column header. Every cell that cannot be used becomes a
 * problem with the sheet, the row and column as Excel shows them, and is read as empty.
 */
final class SheetRows {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final String name;
    private final Sheet sheet;
    private final Problems problems;
    private final Map<String, Integer> columns = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    private SheetRows(String name, Sheet sheet, List<WorkbookFormat.Column> expected, Problems problems) {
        this.name = name;
        this.sheet = sheet;
        this.problems = problems;
        Row header = sheet.getRow(0);
        Map<String, WorkbookFormat.Column> known = new HashMap<>();
        expected.forEach(c -> known.put(c.header(), c));
        if (header != null) {
            for (Cell cell : header) {
                String text = cell.getCellType() == CellType.STRING
                        ? cell.getStringCellValue().strip()
                        : "";
                String title = text.replaceFirst("^[*＊]\\s*", "");
                if (known.containsKey(title) && !columns.containsKey(title)) {
                    columns.put(title, cell.getColumnIndex());
                } else if (!text.isEmpty()) {
                    problems.warning(name, 1, letter(cell.getColumnIndex()), "workbook.problem.unknownColumn", text);
                }
            }
        }
        for (WorkbookFormat.Column column : expected) {
            if (column.required() && !columns.containsKey(column.header())) {
                problems.error(name, 1, "", "workbook.problem.missingColumn", column.title());
            }
        }
    }

    /** The sheet's rows, or {@code null} (and a problem) when the workbook has no such sheet. */
    static SheetRows of(Workbook workbook, String name, List<WorkbookFormat.Column> columns, Problems problems) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.error(name, 0, "", "workbook.problem.missingSheet", name);
            return null;
        }
        return new SheetRows(name, sheet, columns, problems);
    }

    String name() {
        return name;
    }

    /** The rows below the header that have anything in a known column, in order. */
    List<RowCells> rows() {
        List<RowCells> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                rows.add(new RowCells(this, row, null));
            }
        }
        return rows;
    }

    private boolean blank(Row row) {
        for (int index : columns.values()) {
            Cell cell = row.getCell(index);
            if (cell != null
                    && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    static String letter(int columnIndex) {
        return CellReference.convertNumToColString(columnIndex);
    }

    /** The column index of {@code header}, or {@code null} when the sheet lacks that column. */
    Integer columnIndex(String header) {
        return columns.get(header);
    }

    Problems problems() {
        return problems;
    }

    DataFormatter formatter() {
        return formatter;
    }

    /** Full-width digits and punctuation as their ASCII forms ("２０２２" is 2022). */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
