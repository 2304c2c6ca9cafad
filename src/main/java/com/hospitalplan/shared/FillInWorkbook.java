package com.hospitalplan.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx workbook written to be filled in offline and uploaded again (the report workbook, the project progress
 * workbook): a guide sheet, header rows in bold, the cells to fill in yellow and unlocked (a protected sheet keeps the
 * others), and text a spreadsheet would take for a formula written as quoted text, so no cell runs a formula.
 */
public final class FillInWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle input;
    private final CellStyle inputQuoted;

    public FillInWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        input = workbook.createCellStyle();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputQuoted = workbook.createCellStyle();
        inputQuoted.cloneStyleFrom(input);
        inputQuoted.setQuotePrefixed(true);
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** The style of a cell whose text is always kept as text. */
    public CellStyle quoted() {
        return quoted;
    }

    /** A sheet of instructions: one line a row in column A, which is wide enough to read them. */
    public Sheet guide(String name, String... lines) {
        Sheet sheet = workbook.createSheet(name);
        for (int i = 0; i < lines.length; i++) {
            text(sheet.createRow(i), 0, lines[i]);
        }
        sheet.setColumnWidth(0, 100 * 256);
        return sheet;
    }

    /** A sheet whose first row holds the headers, in bold. */
    public Sheet sheet(String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            row.createCell(c).setCellValue(headers[c]);
            row.getCell(c).setCellStyle(header);
        }
        return sheet;
    }

    /** A text to read; nothing for an empty one. */
    public void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (ExcelTables.looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    /** A text cell to fill in, holding {@code value} if any. */
    public void inputText(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(value != null && ExcelTables.looksLikeFormula(value) ? inputQuoted : input);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** A number cell to fill in, holding {@code value} if any. */
    public void inputNumber(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(input);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** Column widths in characters, from column A on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** The workbook as an .xlsx file; the workbook is closed. */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
