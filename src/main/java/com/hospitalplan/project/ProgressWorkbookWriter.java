package com.hospitalplan.project;

import static com.hospitalplan.project.ProgressWorkbookFormat.*;

import com.hospitalplan.shared.ExcelTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the project progress workbook of a unit for a period: one row per project it reports for, the identifying
 * columns locked (the sheet is protected without a password, so they are not changed by mistake), the input cells
 * yellow and open, the stage chosen from a drop-down of the stage list. The template leaves the inputs blank; the
 * export fills them with what the unit's report holds. Plain Java.
 */
final class ProgressWorkbookWriter {

    /** The workbook's heading: what it is for. */
    record Heading(String planTitle, String organizationName, String periodLabel, Long periodId) {}

    /** A project's row; {@code figures} null for the template. */
    record Line(
            Long projectId,
            String name,
            ProjectKind kind,
            String institution,
            InvestmentTable.Total planned,
            ProjectProgress.ProgressFigures figures) {}

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle locked;
    private final CellStyle input;
    private final CellStyle inputQuoted;

    private ProgressWorkbookWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        locked = workbook.createCellStyle();
        locked.setQuotePrefixed(true);
        input = workbook.createCellStyle();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputQuoted = workbook.createCellStyle();
        inputQuoted.cloneStyleFrom(input);
        inputQuoted.setQuotePrefixed(true);
    }

    static byte[] write(Heading heading, List<Line> lines, Map<Long, String> stageNames) {
        ProgressWorkbookWriter writer = new ProgressWorkbookWriter();
        writer.guide(heading);
        writer.projects(lines, stageNames);
        writer.stages(stageNames);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.workbook.write(out);
            writer.workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void guide(Heading heading) {
        Sheet sheet = workbook.createSheet(GUIDE);
        String[] lines = {
            heading.planTitle(),
            heading.organizationName() + " · " + heading.periodLabel() + " · 建设项目进度",
            "",
            "填写说明：",
            "1. 在黄色单元格中填写本期数据；编号、项目名称等列为只读。",
            "2. 本期完成投资、本期到位资金填本报告期内的数额（万元，最多两位小数），不是累计数。",
            "3. 形象进度填百分比数字（如 35 表示 35%，最多一位小数）；超过100%的数值可以保存，但会被标出，请核实。",
            "4. 当前阶段请从下拉列表中选择；存在问题最多2000字。",
            "5. 一行全部留空表示该项目不修改；填写了的行按所填内容写入（留空的格清空）。",
            "6. 填好后在报告页面“建设项目进度”处上传：系统先逐格检查并列出问题和修改，确认后才写入本单位本期报告的草稿。",
            "7. 公式不会被计算：请填写数值本身。"
        };
        for (int i = 0; i < lines.length; i++) {
            text(sheet.createRow(i), 0, lines[i], null);
        }
        Row mark = sheet.createRow(lines.length + 1);
        text(mark, 0, PERIOD_MARK, null);
        mark.createCell(1).setCellValue(heading.periodId());
        sheet.setColumnWidth(0, 100 * 256);
    }

    private void projects(List<Line> lines, Map<Long, String> stageNames) {
        Sheet sheet = workbook.createSheet(SHEET);
        Row top = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            top.createCell(c).setCellValue(HEADERS[c]);
            top.getCell(c).setCellStyle(header);
        }
        int r = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.projectId());
            text(row, 1, line.name(), locked);
            text(row, 2, line.kind() == null ? "未说明" : KINDS.get(line.kind()), locked);
            text(row, 3, line.institution(), locked);
            planned(row, line.planned());
            ProjectProgress.ProgressFigures figures =
                    line.figures() == null ? ProjectProgress.ProgressFigures.NONE : line.figures();
            number(row, 5, figures.investment());
            number(row, 6, figures.funds());
            number(row, 7, figures.worksPercent());
            inputText(row, 8, figures.stageId() == null ? null : stageNames.get(figures.stageId()));
            inputText(row, 9, figures.problems());
        }
        if (!lines.isEmpty() && !stageNames.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint("'" + STAGES + "'!$A$1:$A$" + stageNames.size()),
                    new CellRangeAddressList(1, lines.size(), 8, 8));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
        int[] widths = {12, 40, 10, 30, 16, 18, 18, 14, 14, 50};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, 1);
        sheet.protectSheet("");
    }

    /** The stage list the drop-down offers, on a hidden sheet. */
    private void stages(Map<Long, String> stageNames) {
        Sheet sheet = workbook.createSheet(STAGES);
        int r = 0;
        for (String name : stageNames.values()) {
            sheet.createRow(r++).createCell(0).setCellValue(name);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    /** The total planned investment: a number where every line states its amount, otherwise as text. */
    private void planned(Row row, InvestmentTable.Total total) {
        if (total == null || total.amount() == null) {
            text(row, 4, "未明确", locked);
        } else if (total.complete()) {
            row.createCell(4).setCellValue(total.amount().doubleValue());
            row.getCell(4).setCellStyle(locked);
        } else {
            text(row, 4, "至少 " + total.amount().stripTrailingZeros().toPlainString(), locked);
        }
    }

    private void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private void inputText(Row row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellStyle(value != null && ExcelTables.looksLikeFormula(value) ? inputQuoted : input);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private void number(Row row, int column, BigDecimal value) {
        var cell = row.createCell(column);
        cell.setCellStyle(input);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
