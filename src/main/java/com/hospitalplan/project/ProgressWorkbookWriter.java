package com.hospitalplan.project;

import static com.hospitalplan.project.ProgressWorkbookFormat.*;

import com.hospitalplan.shared.FillInWorkbook;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

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

    private final FillInWorkbook book = new FillInWorkbook();

    static byte[] write(Heading heading, List<Line> lines, Map<Long, String> stageNames) {
        ProgressWorkbookWriter writer = new ProgressWorkbookWriter();
        writer.guide(heading);
        writer.projects(lines, stageNames);
        writer.stages(stageNames);
        return writer.book.bytes();
    }

    private void guide(Heading heading) {
        Sheet sheet = book.guide(
                GUIDE,
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
                "7. 公式不会被计算：请填写数值本身。");
        Row mark = sheet.createRow(sheet.getLastRowNum() + 2);
        book.text(mark, 0, PERIOD_MARK);
        mark.createCell(1).setCellValue(heading.periodId());
    }

    private void projects(List<Line> lines, Map<Long, String> stageNames) {
        Sheet sheet = book.sheet(SHEET, HEADERS);
        int r = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.projectId());
            locked(row, 1, line.name());
            locked(row, 2, line.kind() == null ? "未说明" : KINDS.get(line.kind()));
            locked(row, 3, line.institution());
            planned(row, line.planned());
            ProjectProgress.ProgressFigures figures =
                    line.figures() == null ? ProjectProgress.ProgressFigures.NONE : line.figures();
            book.inputNumber(row, 5, figures.investment());
            book.inputNumber(row, 6, figures.funds());
            book.inputNumber(row, 7, figures.worksPercent());
            book.inputText(row, 8, figures.stageId() == null ? null : stageNames.get(figures.stageId()));
            book.inputText(row, 9, figures.problems());
        }
        if (!lines.isEmpty() && !stageNames.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint("'" + STAGES + "'!$A$1:$A$" + stageNames.size()),
                    new CellRangeAddressList(1, lines.size(), 8, 8));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
        FillInWorkbook.widths(sheet, 12, 40, 10, 30, 16, 18, 18, 14, 14, 50);
        sheet.createFreezePane(2, 1);
        sheet.protectSheet("");
    }

    /** The stage list the drop-down offers, on a hidden sheet. */
    private void stages(Map<Long, String> stageNames) {
        Sheet sheet = book.workbook().createSheet(STAGES);
        int r = 0;
        for (String name : stageNames.values()) {
            sheet.createRow(r++).createCell(0).setCellValue(name);
        }
        book.workbook().setSheetHidden(book.workbook().getSheetIndex(sheet), true);
    }

    /** The total planned investment: a number where every line states its amount, otherwise as text. */
    private void planned(Row row, InvestmentTable.Total total) {
        if (total == null || total.amount() == null) {
            locked(row, 4, "未明确");
        } else if (total.complete()) {
            row.createCell(4).setCellValue(total.amount().doubleValue());
            row.getCell(4).setCellStyle(book.quoted());
        } else {
            locked(row, 4, "至少 " + total.amount().stripTrailingZeros().toPlainString());
        }
    }

    /** A text the unit reads but does not change: locked, as the protected sheet keeps every cell not to fill in. */
    private void locked(Row row, int column, String value) {
        var cell = row.createCell(column);
        cell.setCellStyle(book.quoted());
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}
