package com.hospitalplan.report.web;

import static com.hospitalplan.report.web.ReportWorkbookFormat.*;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.ExcelTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as a workbook to fill in offline: every indicator assigned to the unit with its baseline, target
 * and last value, every milestone and budget line, and the narrative, each pre-filled with what the report already
 * holds. Text a spreadsheet would take for a formula is written as quoted text. Plain Java.
 */
final class ReportWorkbookWriter {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle input;

    private ReportWorkbookWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        input = workbook.createCellStyle();
        input.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
    }

    static byte[] write(ReportViews.ReportPage page) {
        ReportWorkbookWriter writer = new ReportWorkbookWriter();
        writer.guide(page);
        writer.values(page.values());
        writer.milestones(page.milestones());
        writer.subTargets(page.milestones());
        writer.spending(page.spending());
        writer.narrative(page);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.workbook.write(out);
            writer.workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void guide(ReportViews.ReportPage page) {
        Sheet sheet = workbook.createSheet(GUIDE);
        String[] lines = {
            page.planTitle(),
            page.organizationName() + " · " + periodLabel(page.period()),
            "",
            "填写说明：",
            "1. 在黄色单元格中填写本期数据；其他列供参考，修改无效。",
            "2. “编号（勿改）”列把每一行对应到系统中的指标、里程碑、子目标或资金项目，请勿修改、删除或调换。",
            "3. 数值只填数字（百分比填 85 表示 85%）；等级和是/否请从下拉列表中选择。",
            "4. 金额单位为万元。",
            "5. 填好后在报告页面选择“上传工作簿”：系统先逐格检查并列出问题，确认后才写入报告草稿。",
            "6. 公式不会被计算：请填写数值本身。"
        };
        for (int i = 0; i < lines.length; i++) {
            text(sheet.createRow(i), 0, lines[i]);
        }
        sheet.setColumnWidth(0, 100 * 256);
    }

    /** A yes/no value as the sheet's choices write it (是/否), anything else as it is. */
    private static String shown(String value) {
        if ("true".equals(value)) {
            return YES;
        }
        return "false".equals(value) ? NO : value;
    }

    private void values(List<ReportViews.ValueRow> rows) {
        Sheet sheet = sheet(VALUES, ID, NUMBER, INDICATOR, UNIT, KIND, BASELINE, TARGET, LAST, VALUE, EXPLANATION);
        int r = 1;
        for (ReportViews.ValueRow v : rows) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(v.indicatorId());
            text(row, 1, v.number());
            text(row, 2, v.name());
            text(row, 3, v.unit());
            text(row, 4, kind(v));
            text(row, 5, v.baseline());
            text(row, 6, v.targetText());
            text(row, 7, shown(v.lastValue()));
            switch (v.valueKind()) {
                case LEVEL -> {
                    inputText(row, 8, v.levelValue());
                    if (!v.levels().isEmpty()) {
                        choices(sheet, r, 8, v.levels());
                    }
                }
                case YES_NO -> {
                    inputText(row, 8, v.yesValue() == null ? null : v.yesValue() ? YES : NO);
                    choices(sheet, r, 8, List.of(YES, NO));
                }
                default -> inputNumber(row, 8, v.numberValue());
            }
            inputText(row, 9, v.explanation());
            r++;
        }
        widths(sheet, 10, 6, 40, 8, 10, 14, 24, 14, 14, 40);
    }

    private void milestones(List<ReportViews.MilestoneRow> rows) {
        Sheet sheet = sheet(MILESTONES, ID, MILESTONE, DUE, STATUS, PERCENT);
        int r = 1;
        for (ReportViews.MilestoneRow m : rows) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(m.milestoneId());
            text(row, 1, m.title());
            row.createCell(2).setCellValue(m.dueYear());
            inputText(row, 3, m.status() == null ? null : PROGRESS.get(m.status()));
            inputNumber(row, 4, m.percentDone() == null ? null : BigDecimal.valueOf(m.percentDone()));
            r++;
        }
        if (r > 1) {
            choices(sheet, 1, r - 1, 3, List.copyOf(PROGRESS.values()));
        }
        widths(sheet, 10, 60, 10, 12, 14);
    }

    private void subTargets(List<ReportViews.MilestoneRow> milestones) {
        Sheet sheet = sheet(SUB_TARGETS, ID, MILESTONE, SUB_TARGET, TARGET, KIND, VALUE);
        int r = 1;
        for (ReportViews.MilestoneRow m : milestones) {
            for (ReportViews.SubTargetRow sub : m.subTargets()) {
                Row row = sheet.createRow(r);
                text(row, 0, ReportForm.subTargetKey(m, sub));
                text(row, 1, m.title());
                text(row, 2, sub.label());
                text(row, 3, sub.targetText());
                if (sub.valueKind() == ValueKind.YES_NO) {
                    text(row, 4, "是/否（下拉选择）");
                    inputText(row, 5, sub.yesValue() == null ? null : sub.yesValue() ? YES : NO);
                    choices(sheet, r, 5, List.of(YES, NO));
                } else {
                    text(row, 4, sub.unit() == null ? "数值" : "数值（" + sub.unit() + "）");
                    inputNumber(row, 5, sub.numberValue());
                }
                r++;
            }
        }
        widths(sheet, 12, 40, 20, 20, 16, 14);
    }

    private void spending(List<ReportViews.SpendingRow> rows) {
        Sheet sheet = sheet(SPENDING, ID, LINE, PLANNED, SPENT);
        int r = 1;
        for (ReportViews.SpendingRow s : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.budgetLineId());
            text(row, 1, s.label());
            text(row, 2, s.planned());
            inputNumber(row, 3, s.amount());
        }
        widths(sheet, 10, 50, 14, 16);
    }

    private void narrative(ReportViews.ReportPage page) {
        Sheet sheet = sheet(NARRATIVE, ITEM, TEXT);
        String[][] items = {
            {ACHIEVEMENTS, page.achievements()}, {PROBLEMS, page.problems()}, {NEXT_STEPS, page.nextSteps()}
        };
        for (int i = 0; i < items.length; i++) {
            Row row = sheet.createRow(i + 1);
            text(row, 0, items[i][0]);
            inputText(row, 1, items[i][1]);
        }
        widths(sheet, 14, 100);
    }

    private Sheet sheet(String name, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            row.createCell(c).setCellValue(headers[c]);
            row.getCell(c).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static String periodLabel(ReportViews.PeriodView period) {
        return period.kind().chineseLabel(period.year(), period.part());
    }

    private static String kind(ReportViews.ValueRow v) {
        return switch (v.valueKind()) {
            case LEVEL -> "等级（下拉选择）";
            case YES_NO -> "是/否（下拉选择）";
            case PERCENTAGE -> "百分比（填数字）";
            default -> "数值";
        };
    }

    private void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (ExcelTables.looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    private void inputText(Row row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellStyle(input);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            if (ExcelTables.looksLikeFormula(value)) {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(input);
                style.setQuotePrefixed(true);
                cell.setCellStyle(style);
            }
        }
    }

    private void inputNumber(Row row, int column, BigDecimal value) {
        var cell = row.createCell(column);
        cell.setCellStyle(input);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void choices(Sheet sheet, int row, int column, List<String> values) {
        choices(sheet, row, row, column, values);
    }

    private static void choices(Sheet sheet, int firstRow, int lastRow, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
