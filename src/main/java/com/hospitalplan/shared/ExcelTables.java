package com.hospitalplan.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables to an .xlsx workbook, one sheet per table, with a bold header row and each column as wide as its
 * widest cell (within bounds; a Chinese character counts twice). Numbers stay numbers; text that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) is written as quoted text, so no
 * exported file can run a formula.
 */
public final class ExcelTables {

    /** A table: its sheet name, its column headers and its rows (String, Number or {@code null} cells). */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {}

    /** The narrowest and widest column, in characters. */
    static final int MIN_WIDTH = 6;

    static final int MAX_WIDTH = 60;

    private ExcelTables() {}

    private static int columns(Table table) {
        int columns = table.headers().size();
        for (List<Object> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        return columns;
    }

    /** How many character widths a cell needs: a Chinese (or other wide) character counts as two. */
    static int width(Object value) {
        if (value == null) {
            return 0;
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    public static byte[] write(List<Table> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                int[] widths = new int[columns(table)];
                Row first = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = first.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(header);
                    widths[c] = width(table.headers().get(c));
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), quoted);
                        widths[c] = Math.max(widths[c], width(values.get(c)));
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(Math.max(widths[c] + 2, MIN_WIDTH), MAX_WIDTH) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle quoted) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(quoted);
            }
        }
    }

    /** Whether a spreadsheet would read the text as a formula when typed or imported. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
