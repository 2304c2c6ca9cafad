package com.hospitalplan.report.web;

import static com.hospitalplan.report.web.ReportWorkbookFormat.*;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.FillInWorkbook;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes a report as a workbook to fill in offline: every indicator assigned to the unit with its baseline, target
 * and last value, every milestone and budget line, and the narrative, each pre-filled with what the report already
 * holds. Text a spreadsheet would take for a formula is written as quoted text. Plain Java.
 */
final class ReportWorkbookWriter {

    private final FillInWorkbook book = new FillInWorkbook();

    static byte[] write(ReportViews.ReportPage page) {
        ReportWorkbookWriter writer = new ReportWorkbookWriter();
        writer.guide(page);
        writer.values(page.values());
        writer.milestones(page.milestones());
        writer.subTargets(page.milestones());
        writer.spending(page.spending());
        writer.narrative(page);
        return writer.book.bytes();
    }

    private void guide(ReportViews.ReportPage page) {
        book.guide(
                GUIDE,
                page.planTitle(),
                page.organizationName() + " · " + periodLabel(page.period()),
                "",
                "填写说明：",
                "1. 在黄色单元格中填写本期数据；其他列供参考，修改无效。",
                "2. “编号（勿改）”列把每一行对应到系统中的指标、里程碑、子目标或资金项目，请勿修改、删除或调换。",
                "3. 数值只填数字（百分比填 85 表示 85%）；等级和是/否请从下拉列表中选择。",
                "4. 金额单位为万元。",
                "5. 填好后在报告页面选择“上传工作簿”：系统先逐格检查并列出问题，确认后才写入报告草稿。",
                "6. 公式不会被计算：请填写数值本身。");
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
            book.text(row, 1, v.number());
            book.text(row, 2, v.name());
            book.text(row, 3, v.unit());
            book.text(row, 4, kind(v));
            book.text(row, 5, v.baseline());
            book.text(row, 6, v.targetText());
            book.text(row, 7, shown(v.lastValue()));
            switch (v.valueKind()) {
                case LEVEL -> {
                    book.inputText(row, 8, v.levelValue());
                    if (!v.levels().isEmpty()) {
                        choices(sheet, r, 8, v.levels());
                    }
                }
                case YES_NO -> {
                    book.inputText(row, 8, v.yesValue() == null ? null : v.yesValue() ? YES : NO);
                    choices(sheet, r, 8, List.of(YES, NO));
                }
                default -> book.inputNumber(row, 8, v.numberValue());
            }
            book.inputText(row, 9, v.explanation());
            r++;
        }
        FillInWorkbook.widths(sheet, 10, 6, 40, 8, 10, 14, 24, 14, 14, 40);
    }

    private void milestones(List<ReportViews.MilestoneRow> rows) {
        Sheet sheet = sheet(MILESTONES, ID, MILESTONE, DUE, STATUS, PERCENT);
        int r = 1;
        for (ReportViews.MilestoneRow m : rows) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(m.milestoneId());
            book.text(row, 1, m.title());
            row.createCell(2).setCellValue(m.dueYear());
            book.inputText(row, 3, m.status() == null ? null : PROGRESS.get(m.status()));
            book.inputNumber(row, 4, m.percentDone() == null ? null : BigDecimal.valueOf(m.percentDone()));
            r++;
        }
        if (r > 1) {
            choices(sheet, 1, r - 1, 3, List.copyOf(PROGRESS.values()));
        }
        FillInWorkbook.widths(sheet, 10, 60, 10, 12, 14);
    }

    private void subTargets(List<ReportViews.MilestoneRow> milestones) {
        Sheet sheet = sheet(SUB_TARGETS, ID, MILESTONE, SUB_TARGET, TARGET, KIND, VALUE);
        int r = 1;
        for (ReportViews.MilestoneRow m : milestones) {
            for (ReportViews.SubTargetRow sub : m.subTargets()) {
                Row row = sheet.createRow(r);
                book.text(row, 0, ReportForm.subTargetKey(m, sub));
                book.text(row, 1, m.title());
                book.text(row, 2, sub.label());
                book.text(row, 3, sub.targetText());
                if (sub.valueKind() == ValueKind.YES_NO) {
                    book.text(row, 4, "是/否（下拉选择）");
                    book.inputText(row, 5, sub.yesValue() == null ? null : sub.yesValue() ? YES : NO);
                    choices(sheet, r, 5, List.of(YES, NO));
                } else {
                    book.text(row, 4, sub.unit() == null ? "数值" : "数值（" + sub.unit() + "）");
                    book.inputNumber(row, 5, sub.numberValue());
                }
                r++;
            }
        }
        FillInWorkbook.widths(sheet, 12, 40, 20, 20, 16, 14);
    }

    private void spending(List<ReportViews.SpendingRow> rows) {
        Sheet sheet = sheet(SPENDING, ID, LINE, PLANNED, SPENT);
        int r = 1;
        for (ReportViews.SpendingRow s : rows) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.budgetLineId());
            book.text(row, 1, s.label());
            book.text(row, 2, s.planned());
            book.inputNumber(row, 3, s.amount());
        }
        FillInWorkbook.widths(sheet, 10, 50, 14, 16);
    }

    private void narrative(ReportViews.ReportPage page) {
        Sheet sheet = sheet(NARRATIVE, ITEM, TEXT);
        String[][] items = {
            {ACHIEVEMENTS, page.achievements()}, {PROBLEMS, page.problems()}, {NEXT_STEPS, page.nextSteps()}
        };
        for (int i = 0; i < items.length; i++) {
            Row row = sheet.createRow(i + 1);
            book.text(row, 0, items[i][0]);
            book.inputText(row, 1, items[i][1]);
        }
        FillInWorkbook.widths(sheet, 14, 100);
    }

    private Sheet sheet(String name, String... headers) {
        Sheet sheet = book.sheet(name, headers);
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
}
