package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Tables written to .xlsx keep numbers as numbers and never carry a formula. */
class ExcelTablesTest {

    @Test
    void numbersStayNumbersChineseTextRoundTripsAndFormulaLikeTextIsQuoted() throws Exception {
        byte[] bytes = ExcelTables.write(List.of(new ExcelTables.Table(
                "指标计分卡",
                List.of("指标", "数值"),
                List.of(
                        Arrays.asList("出院患者手术占比", new BigDecimal("36.5")),
                        Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", null),
                        Arrays.asList("+1", 3),
                        Arrays.asList("-2", null),
                        Arrays.asList("@SUM(A1)", null)))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("指标计分卡");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("出院患者手术占比");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(36.5);
            for (int r = 2; r <= 5; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }
}
