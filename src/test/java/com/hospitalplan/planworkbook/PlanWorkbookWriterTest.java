package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.shared.WorkbookLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The layout of a written workbook as an officer meets it in Excel. Plain Java. */
class PlanWorkbookWriterTest {

    private XSSFWorkbook template() throws Exception {
        byte[] bytes = new PlanWorkbookWriter(WorkbookLimits.defaults())
                .template(new PlanWorkbookWriter.Choices(
                        List.of("粤北人民医院", "粤北人民医院 科研科"),
                        List.of("440200 韶关市"),
                        WorkbookFormat.COMMON_UNITS,
                        WorkbookFormat.COMMON_CATEGORIES,
                        WorkbookFormat.COMMON_SOURCES,
                        List.of(),
                        SamplePlans.levelScales()));
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theTemplateHasInstructionsTheDataSheetsAndAHiddenSheetOfLists() throws Exception {
        try (XSSFWorkbook book = template()) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));

            assertThat(names).containsExactly("说明", "基本信息", "目标", "里程碑", "指标", "预算", "预算合计", "选项");
            assertThat(book.isSheetHidden(book.getSheetIndex("选项"))).isTrue();
            assertThat(book.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("规划工作簿填写说明");
            assertThat(book.getName("L_ORGANIZATIONS").getRefersToFormula()).isEqualTo("'选项'!$I$2:$I$3");
        }
    }

    @Test
    void everyDataSheetHasABoldFrozenChineseHeaderAndTextColumnsStayText() throws Exception {
        try (XSSFWorkbook book = template()) {
            for (String name : WorkbookFormat.DATA_SHEETS) {
                XSSFSheet sheet = book.getSheet(name);
                List<String> headers = new ArrayList<>();
                for (Cell cell : sheet.getRow(0)) {
                    headers.add(cell.getStringCellValue());
                    assertThat(book.getFontAt(cell.getCellStyle().getFontIndex())
                                    .getBold())
                            .as(name + " " + cell.getStringCellValue())
                            .isTrue();
                }
                assertThat(headers)
                        .as(name)
                        .containsExactlyElementsOf(WorkbookFormat.COLUMNS.get(name).stream()
                                .map(WorkbookFormat.Column::title)
                                .toList());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 1);
            }
            Sheet indicators = book.getSheet("指标");
            assertThat(indicators.getColumnStyle(13).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void choicesComeAsDropDownListsStrictForFixedChoicesAndOpenForFreeText() throws Exception {
        try (XSSFWorkbook book = template()) {
            List<? extends DataValidation> validations = book.getSheet("指标").getDataValidations();

            DataValidation direction = validation(validations, 7);
            assertThat(direction.getValidationConstraint().getFormula1()).isEqualTo("L_DIRECTIONS");
            assertThat(direction.getShowErrorBox()).isTrue();
            DataValidation unit = validation(validations, 5);
            assertThat(unit.getValidationConstraint().getFormula1()).isEqualTo("L_UNITS");
            assertThat(unit.getShowErrorBox()).isFalse();
            assertThat(validation(validations, 15).getValidationConstraint().getFormula1())
                    .isEqualTo("L_ORGANIZATIONS");
            assertThat(book.getSheet("基本信息").getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("L_STATUSES", "L_ORGANIZATIONS", "L_REGIONS");
        }
    }

    private static DataValidation validation(List<? extends DataValidation> validations, int column) {
        return validations.stream()
                .filter(v -> {
                    CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                    return range.getFirstColumn() == column;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drop-down on column " + column));
    }
}
