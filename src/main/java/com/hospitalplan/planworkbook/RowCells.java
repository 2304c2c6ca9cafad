package com.hospitalplan.planworkbook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/** The cells of one data row of a sheet, read by column header; each unusable cell becomes a problem. */
final class RowCells {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private final SheetRows rows;
    private final Row row;
    private final String label;

    RowCells(SheetRows rows, Row row, String label) {
        this.rows = rows;
        this.row = row;
        this.label = label;
    }

    /** The same cells, with messages naming {@code label} instead of the column ("起始年份", not "内容"). */
    RowCells named(String label) {
        return new RowCells(rows, row, label);
    }

    /** What messages call the cell under {@code header}. */
    private String label(String header) {
        return label != null ? label : header;
    }

    /** The row as Excel numbers it. */
    int number() {
        return row.getRowNum() + 1;
    }

    String sheet() {
        return rows.name();
    }

    /** The column letter of {@code header}, or "" when the sheet lacks that column. */
    String column(String header) {
        Integer index = rows.columnIndex(header);
        return index == null ? "" : SheetRows.letter(index);
    }

    void error(String header, String key, Object... args) {
        rows.problems().error(rows.name(), number(), column(header), key, args);
    }

    void warning(String header, String key, Object... args) {
        rows.problems().warning(rows.name(), number(), column(header), key, args);
    }

    /** The cell's text as written (leading and trailing blanks removed), or {@code null} when empty. */
    String text(String header, int maxLength) {
        try {
            String text = raw(header);
            if (text != null && text.length() > maxLength) {
                error(header, "workbook.problem.tooLong", label(header), maxLength, text.length());
                return null;
            }
            return text;
        } catch (Unreadable e) {
            return null;
        }
    }

    String requiredText(String header, int maxLength) {
        if (isEmpty(header)) {
            error(header, "workbook.problem.required", label(header));
            return null;
        }
        return text(header, maxLength);
    }

    /** Whether the cell is empty (an unreadable cell is not empty: its problem is already told). */
    boolean isEmpty(String header) {
        Cell cell = cell(header);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return true;
        }
        return cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().isBlank();
    }

    /** A year between 1990 and 2100 ("2022" or "2022年"), or {@code null}. */
    Integer year(String header, boolean required) {
        if (isEmpty(header)) {
            if (required) {
                error(header, "workbook.problem.required", label(header));
            }
            return null;
        }
        try {
            BigDecimal number = number(header, raw(header), "年");
            if (number == null || number.stripTrailingZeros().scale() > 0) {
                error(header, "workbook.problem.notYear", label(header), shown(header));
                return null;
            }
            int year = number.intValueExact();
            if (year < SheetRows.FIRST_YEAR || year > SheetRows.LAST_YEAR) {
                error(
                        header,
                        "workbook.problem.yearRange",
                        label(header),
                        year,
                        SheetRows.FIRST_YEAR,
                        SheetRows.LAST_YEAR);
                return null;
            }
            return year;
        } catch (Unreadable | ArithmeticException e) {
            return null;
        }
    }

    /**
     * A number with at most {@code integerDigits} digits before and {@code fractionDigits} after the point, or
     * {@code null}. Thousands separators and full-width digits are accepted.
     */
    BigDecimal decimal(String header, boolean required, int integerDigits, int fractionDigits, boolean nonNegative) {
        if (isEmpty(header)) {
            if (required) {
                error(header, "workbook.problem.required", label(header));
            }
            return null;
        }
        try {
            BigDecimal number = number(header, raw(header), "");
            if (number == null) {
                error(header, "workbook.problem.notNumber", label(header), shown(header));
                return null;
            }
            if (nonNegative && number.signum() < 0) {
                error(header, "workbook.problem.negative", label(header));
                return null;
            }
            BigDecimal plain = number.stripTrailingZeros();
            if (Math.max(plain.scale(), 0) > fractionDigits || plain.precision() - plain.scale() > integerDigits) {
                error(header, "workbook.problem.digits", label(header), integerDigits, fractionDigits);
                return null;
            }
            return number;
        } catch (Unreadable e) {
            return null;
        }
    }

    /** A date (a date cell, or text such as 2022-06-30, 2022/6/30, 2022年6月30日), or {@code null}. */
    LocalDate date(String header) {
        if (isEmpty(header)) {
            return null;
        }
        Cell cell = cell(header);
        try {
            if (cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
            } else {
                Matcher m = DATE.matcher(SheetRows.normalized(raw(header)));
                if (m.matches()) {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
        } catch (Unreadable e) {
            return null;
        } catch (DateTimeException e) {
            // 2022-02-30: falls through to the problem below
        }
        error(header, "workbook.problem.notDate", label(header), shown(header));
        return null;
    }

    /** One of the labelled choices, {@code fallback} when empty, {@code null} (and a problem) otherwise. */
    <E> E choice(String header, Map<E, String> labels, E fallback) {
        String text = text(header, 200);
        if (text == null) {
            return isEmpty(header) ? fallback : null;
        }
        E choice = WorkbookFormat.choice(labels, text);
        if (choice == null) {
            error(header, "workbook.problem.notAChoice", label(header), text, WorkbookFormat.options(labels));
        }
        return choice;
    }

    private Cell cell(String header) {
        Integer index = rows.columnIndex(header);
        return index == null ? null : row.getCell(index);
    }

    /** What the cell holds as text; a formula or an error value is refused. */
    private String raw(String header) throws Unreadable {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        switch (cell.getCellType()) {
            case BLANK:
                return null;
            case STRING: {
                String text = cell.getStringCellValue().strip();
                return text.isEmpty() ? null : text;
            }
            case FORMULA:
                error(header, "workbook.problem.formula", label(header));
                throw new Unreadable();
            case ERROR:
                error(header, "workbook.problem.errorValue", label(header));
                throw new Unreadable();
            default: {
                // numbers and TRUE/FALSE as the cell shows them (a percentage cell shows "35%")
                String text = rows.formatter().formatCellValue(cell).strip();
                return text.isEmpty() ? null : text;
            }
        }
    }

    /** The number in a numeric cell (exactly as stored) or in its text, or {@code null} when there is none. */
    private BigDecimal number(String header, String text, String suffix) {
        Cell cell = cell(header);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        if (text == null) {
            return null;
        }
        String plain = SheetRows.normalized(text).replace(",", "").replace(" ", "");
        if (!suffix.isEmpty() && plain.endsWith(suffix)) {
            plain = plain.substring(0, plain.length() - suffix.length());
        }
        if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** The cell as the user sees it, for messages. */
    private String shown(String header) {
        Cell cell = cell(header);
        return cell == null ? "" : rows.formatter().formatCellValue(cell);
    }

    /** Thrown inside {@link RowCells} when a cell cannot be read; the problem is already recorded. */
    private static final class Unreadable extends Exception {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
