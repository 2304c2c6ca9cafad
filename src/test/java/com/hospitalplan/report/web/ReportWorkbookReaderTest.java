package com.hospitalplan.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.PeriodStatus;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportViews;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The report workbook read without Spring: what each kind of cell becomes, and what is a problem. */
class ReportWorkbookReaderTest {

    private static final ReportViews.ReportPage PAGE = new ReportViews.ReportPage(
            7L,
            1L,
            "测试规划",
            new ReportViews.PeriodView(
                    3L,
                    1L,
                    PeriodKind.QUARTER,
                    2025,
                    2,
                    LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 6, 30),
                    LocalDate.of(2025, 6, 1),
                    LocalDate.of(2025, 7, 15),
                    0,
                    PeriodStatus.OPEN,
                    true),
            5L,
            "测试医院",
            ReportStatus.DRAFT,
            true,
            false,
            false,
            false,
            null,
            null,
            null,
            null,
            List.of(
                    value(11L, ValueKind.PERCENTAGE, List.of(), new BigDecimal("80"), null, null),
                    value(12L, ValueKind.YES_NO, List.of(), null, null, null),
                    value(13L, ValueKind.LEVEL, List.of("三级", "四级", "五级"), null, "三级", null)),
            List.of(new ReportViews.MilestoneRow(
                    21L,
                    "建成胸痛中心",
                    2025,
                    MilestoneProgress.NOT_STARTED,
                    null,
                    null,
                    List.of(
                            subTarget(0, "引进博士", "1-2人", ValueKind.NUMBER, "人"),
                            subTarget(1, "胸痛中心", "通过国家认证", ValueKind.YES_NO, null)))),
            List.of(new ReportViews.SpendingRow(31L, "财政 · 设备", "500", null, null)),
            List.of(),
            List.of(),
            List.of(),
            4L);

    @Test
    void theDownloadedWorkbookReadsBackWithoutChanges() throws Exception {
        ReportWorkbookReading reading = read(book -> {});

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.changes()).isEmpty();
        assertThat(reading.rowsRead()).isEqualTo(3 + 1 + 2 + 1 + 3);
        assertThat(ReportWorkbookWriter.periodLabel(PAGE.period())).isEqualTo("2025年第2季度");
    }

    @Test
    void cellsBecomeTheFormsTextByKind() throws Exception {
        ReportWorkbookReading reading = read(book -> {
            var values = book.getSheet("指标");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            values.getRow(1).getCell(8).setCellValue(0.85);
            values.getRow(1).getCell(8).setCellStyle(percent);
            values.getRow(2).getCell(8).setCellValue("是");
            values.getRow(3).getCell(8).setCellValue("五级");
            book.getSheet("里程碑").getRow(1).getCell(3).setCellValue("已完成");
            book.getSheet("资金").getRow(1).getCell(3).setCellValue(120.5);
            book.getSheet("子目标").getRow(1).getCell(5).setCellValue(2);
            book.getSheet("子目标").getRow(2).getCell(5).setCellValue("否");
        });

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.form().getValues())
                .containsEntry(11L, "85")
                .containsEntry(12L, "true")
                .containsEntry(13L, "五级");
        assertThat(reading.form().getMilestoneStatus()).containsEntry(21L, "DONE");
        assertThat(reading.form().getSpent()).containsEntry(31L, "120.5");
        assertThat(reading.form().getSubTargetValues())
                .containsEntry("21-0", "2")
                .containsEntry("21-1", "false");
        assertThat(reading.changes())
                .extracting(ReportWorkbookReading.Change::after)
                .containsExactly("85", "true", "五级", "已完成", "2", "false", "120.5");
        assertThat(reading.changes())
                .extracting(ReportWorkbookReading.Change::item)
                .contains("建成胸痛中心 · 引进博士");
    }

    @Test
    void aLevelOffTheScaleARepeatedRowAndAMissingSheetAreProblems() throws Exception {
        ReportWorkbookReading reading = read(book -> {
            var values = book.getSheet("指标");
            values.getRow(3).getCell(8).setCellValue("六级");
            values.getRow(2).getCell(8).setCellValue("也许");
            Row again = values.createRow(4);
            again.createCell(0).setCellValue(11);
            book.getSheet("子目标").getRow(1).getCell(5).setCellValue("两人");
            book.getSheet("子目标").getRow(2).getCell(5).setCellValue("也许");
            book.getSheet("子目标").createRow(3).createCell(0).setCellValue("21-9");
            book.removeSheetAt(book.getSheetIndex("资金"));
        });

        assertThat(reading.importable()).isFalse();
        assertThat(reading.problems())
                .extracting(p -> p.sheet() + " " + p.row() + p.column() + " " + p.key())
                .containsExactly(
                        "指标 3I report.workbook.yesNo",
                        "指标 4I report.form.levelUnknown",
                        "指标 5A report.workbook.duplicateRow",
                        "子目标 2F report.form.notANumber",
                        "子目标 3F report.workbook.yesNo",
                        "子目标 4A report.workbook.unknownRow",
                        "资金 0 report.workbook.missingSheet");
    }

    private static ReportWorkbookReading read(Consumer<XSSFWorkbook> change) throws Exception {
        byte[] written = ReportWorkbookWriter.write(PAGE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            change.accept(book);
            return ReportWorkbookReader.read(book, PAGE);
        }
    }

    private static ReportViews.SubTargetRow subTarget(
            int position, String label, String text, ValueKind kind, String unit) {
        return new ReportViews.SubTargetRow(position, label, text, null, kind, unit, null, null, null, null);
    }

    private static ReportViews.ValueRow value(
            Long id, ValueKind kind, List<String> levels, BigDecimal number, String level, Boolean yes) {
        return new ReportViews.ValueRow(
                id,
                String.valueOf(id),
                "指标" + id,
                "%",
                kind,
                levels,
                "70",
                "≥90",
                null,
                "75",
                number,
                level,
                yes,
                null,
                null,
                null,
                null);
    }
}
