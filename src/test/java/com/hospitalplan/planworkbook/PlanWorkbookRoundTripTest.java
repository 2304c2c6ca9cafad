package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.TargetStatement;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each of the five seed plans, imported into regions and organisations of the test's own, holds all its file states,
 * and exporting it and importing the file as a new plan gives the same plan: every goal, milestone, indicator,
 * target, yearly target, responsible unit, budget line and stated total.
 */
@IntegrationTest
class PlanWorkbookRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestOrganizations testOrganizations;

    @Autowired
    TestAccounts accounts;

    private WorkbookImports imports;
    private SeedWorkbooks seeds;

    @BeforeEach
    void drive() {
        imports = new WorkbookImports(mvc, jdbc);
        seeds = new SeedWorkbooks(organizations, testOrganizations, accounts);
    }

    static List<String> seedPlans() {
        return SeedWorkbooks.KEYS;
    }

    @ParameterizedTest(name = "{0} imported, exported and imported again is the same plan")
    @MethodSource("seedPlans")
    void aSeedPlanSurvivesImportAndExport(String key) throws Exception {
        SeedWorkbooks.Seed seed = seeds.seed(key);
        long original = imports.importPlan(seed.workbook(), seed.planner());

        PlanDetail imported = plans.detail(original, seed.planner(), Locale.CHINA);
        assertThat(imported.ownerOrganizationId()).isEqualTo(seed.ownerId());
        // the plan lists milestones in its own order; an other statement is compared as its cell shows it
        // ("source：target"), for the cell is split at its first "：" and some sources hold one
        assertThat(PlanWorkbookMapping.toWorkbook(imported, seed.directory()))
                .usingRecursiveComparison()
                .ignoringCollectionOrderInFields("milestones")
                .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
                .withComparatorForType(
                        Comparator.nullsFirst(
                                Comparator.comparing((TargetStatement s) -> s.source() + "：" + s.targetText())),
                        TargetStatement.class)
                .isEqualTo(seed.plan());

        long copy = imports.importPlan(imports.export(original, seed.planner()), seed.planner());

        assertThat(copy).isNotEqualTo(original);
        PlanSnapshot before = snapshot(original, seed.planner());
        PlanSnapshot after = snapshot(copy, seed.planner());
        assertThat(before.goals()).isNotEmpty();
        assertThat(before.indicators()).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theComparisonNoticesAChangedYearlyTarget() throws Exception {
        SeedWorkbooks.Seed seed = seeds.seed("000-yuebei");
        long original = imports.importPlan(seed.workbook(), seed.planner());
        byte[] workbook = imports.export(original, seed.planner());
        byte[] changed = withCell(workbook, "指标", "年度目标", cell -> {
            String yearly = cell.getStringCellValue();
            return yearly.isEmpty() ? null : yearly.replaceFirst("：.*", "：≥99%");
        });

        long copy = imports.importPlan(changed, seed.planner());

        PlanSnapshot before = snapshot(original, seed.planner());
        PlanSnapshot after = snapshot(copy, seed.planner());
        assertThatThrownBy(() -> assertThat(after).isEqualTo(before))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("≥99%");
    }

    private PlanSnapshot snapshot(long planId, SignedInUser user) {
        return PlanSnapshot.of(plans.detail(planId, user, Locale.CHINA));
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
