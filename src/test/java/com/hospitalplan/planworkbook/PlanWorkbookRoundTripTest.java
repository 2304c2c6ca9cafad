package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exporting each of the five demo plans and importing the file as a new plan gives the same plan: every goal,
 * milestone, indicator, target, yearly target, responsible unit, budget line and stated total.
 */
@IntegrationTest
class PlanWorkbookRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    private WorkbookImports imports;

    @BeforeEach
    void drive() {
        imports = new WorkbookImports(mvc, users, jdbc);
    }

    @ParameterizedTest(name = "{0} exported by {1} and imported again is the same plan")
    @CsvSource({
        "000-yuebei, planner",
        "001-baotou, planner3",
        "002-haining, planner2",
        "003-xunwu, planner4",
        "004-zhanjiang, planner5"
    })
    void aDemoPlanSurvivesExportAndImport(String key, String planner) throws Exception {
        long original = imports.demoPlan(key);
        byte[] workbook = imports.export(original, planner);

        long copy = imports.importPlan(workbook, planner);

        assertThat(copy).isNotEqualTo(original);
        PlanSnapshot before = snapshot(original, planner);
        PlanSnapshot after = snapshot(copy, planner);
        assertThat(before.goals()).isNotEmpty();
        assertThat(before.indicators()).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theComparisonNoticesAChangedYearlyTarget() throws Exception {
        long original = imports.demoPlan("000-yuebei");
        byte[] workbook = imports.export(original, "planner");
        byte[] changed = withCell(workbook, "指标", "年度目标", cell -> {
            String yearly = cell.getStringCellValue();
            return yearly.isEmpty() ? null : yearly.replaceFirst("：.*", "：≥99%");
        });

        long copy = imports.importPlan(changed, "planner");

        PlanSnapshot before = snapshot(original, "planner");
        PlanSnapshot after = snapshot(copy, "planner");
        assertThatThrownBy(() -> assertThat(after).isEqualTo(before))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("≥99%");
    }

    private PlanSnapshot snapshot(long planId, String username) {
        return PlanSnapshot.of(plans.detail(planId, imports.as(username), Locale.CHINA));
    }

    /** The workbook with the first non-empty cell of a column changed by {@code change} (null: left alone). */
    static byte[] withCell(
            byte[] workbook, String sheetName, String header, java.util.function.Function<Cell, String> change)
            throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(sheetName);
            int column = column(sheet, header);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(column);
                if (cell != null) {
                    String value = change.apply(cell);
                    if (value != null) {
                        cell.setCellValue(value);
                        break;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().replace("*", "").equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("No column " + header);
    }
}
