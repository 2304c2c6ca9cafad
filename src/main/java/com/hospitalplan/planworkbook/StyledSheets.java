package com.hospitalplan.planworkbook;

import static com.hospitalplan.planworkbook.WorkbookFormat.*;

import com.hospitalplan.plan.PlanStatus;
import com.hospitalplan.shared.ExcelTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets of a plan workbook being written: bold frozen headers, text columns kept text, cells styled by their
 * value (text a spreadsheet would take for a formula is quoted), drop-down lists fed by the hidden lists sheet.
 */
final class StyledSheets {

    private final XSSFWorkbook workbook;
    private final int maxRows;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle general;

    StyledSheets(XSSFWorkbook workbook, int maxRows) {
        this.workbook = workbook;
        this.maxRows = maxRows;
        short textFormat = workbook.createDataFormat().getFormat("@");
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        general = workbook.createCellStyle();
        general.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The hidden sheet of lists that feed the drop-downs, each a named range. */
    void writeLists(PlanWorkbookWriter.Choices choices) {
        Sheet sheet = workbook.createSheet(LISTS);
        list(sheet, 0, "L_UNITS", "单位", choices.units());
        list(sheet, 1, "L_CATEGORIES", "指标类别", choices.categories());
        list(sheet, 2, "L_DIRECTIONS", DIRECTION, DIRECTIONS.values());
        list(sheet, 3, "L_KINDS", VALUE_KIND, VALUE_KINDS.values());
        list(sheet, 4, "L_SCALES", LEVEL_SCALE, choices.levelScales().values());
        list(sheet, 5, "L_YESNO", "是否", YES_NO.values());
        list(sheet, 6, "L_AGGREGATIONS", AGGREGATION, AGGREGATIONS.values());
        list(
                sheet,
                7,
                "L_STATUSES",
                STATUS,
                STATUSES.entrySet().stream()
                        .filter(e -> e.getKey() != PlanStatus.CLOSED)
                        .map(Map.Entry::getValue)
                        .toList());
        list(sheet, 8, "L_ORGANIZATIONS", "机构", choices.organizations());
        list(sheet, 9, "L_REGIONS", "区域", choices.regions());
        list(sheet, 10, "L_SOURCES", SOURCE, choices.sources());
        list(sheet, 11, "L_BUDGET_CATEGORIES", CATEGORY, choices.budgetCategories());
    }

    private void list(Sheet sheet, int column, String name, String title, Collection<String> values) {
        Row first = row(sheet, 0);
        first.createCell(column).setCellValue(title);
        int r = 1;
        for (String value : values) {
            put(row(sheet, r++), column, value);
        }
        if (!values.isEmpty()) {
            Name range = workbook.createName();
            range.setNameName(name);
            String letter = SheetRows.letter(column);
            range.setRefersToFormula("'" + LISTS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
        }
    }

    /** A sheet with its bold, frozen header; text columns stay text when typed into. */
    Sheet sheet(String name, List<WorkbookFormat.Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        first.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            WorkbookFormat.Column column = columns.get(c);
            Cell cell = first.createCell(c);
            cell.setCellValue(column.title());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(column.width(), 100) * 256);
            if (!numeric(column.header())) {
                sheet.setDefaultColumnStyle(c, text);
            }
        }
        sheet.createFreezePane(0, 1);
        if (!name.equals(INFO)) {
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }
        return sheet;
    }

    private static boolean numeric(String header) {
        return List.of(YEAR, START_YEAR, END_YEAR, BASELINE_YEAR, AMOUNT, PLANNED_COST, DUE_DATE)
                .contains(header);
    }

    void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal number && number.precision() <= 15) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(general);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
            cell.setCellStyle(general);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            String string = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
            if (string.isEmpty()) {
                return;
            }
            cell.setCellValue(string);
            cell.setCellStyle(ExcelTables.looksLikeFormula(string) ? quoted : text);
        }
    }

    /** A drop-down list on rows {@code from}..{@code to} (0-based) of a column; {@code strict} refuses others. */
    void validate(Sheet sheet, String list, int from, int to, int column, boolean strict) {
        if (workbook.getName(list) == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(list),
                new CellRangeAddressList(from, Math.min(to, maxRows), column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(strict);
        if (strict) {
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("请从列表中选择", "请从下拉列表中选择一项，或留空。");
        }
        sheet.addValidationData(validation);
    }

    Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
