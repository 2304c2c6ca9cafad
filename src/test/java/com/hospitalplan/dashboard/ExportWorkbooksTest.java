package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every dashboard workbook downloaded over HTTP and read back with POI: figures are numeric cells with the unit in a
 * column of its own, columns have widths, and the file name says plan, view and date (RFC 5987 {@code filename*}).
 */
@IntegrationTest
class ExportWorkbooksTest {

    /** The width POI reports for a column nobody sized (8 characters). */
    private static final int DEFAULT_WIDTH = 8 * 256;

    @Autowired
    MockMvc mvc;

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    private CountyPlans.Plan plan;
    private String title;
    private SignedInUser reviewer;

    @BeforeEach
    void reportedPlan() {
        plan = countyPlans.plan(countyPlans.county(2), 2);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        reviewer = plan.county().reviewer();
        title = pages.page(
                        countyPlans.report(
                                plan, period, plan.county().hospitalIds().get(1), "38", false),
                        reviewer,
                        Locale.CHINA)
                .planTitle();
    }

    @Test
    void thePlanWorkbookHoldsNumbersWithTheUnitBesideThemAndSaysPlanViewAndDate() throws Exception {
        MockHttpServletResponse response = download("/plans/" + plan.planId() + "/dashboard/export.xlsx");

        assertThat(fileName(response)).isEqualTo(title + "-总览-" + LocalDate.now() + ".xlsx");
        try (XSSFWorkbook workbook = read(response)) {
            Sheet scorecard = workbook.getSheet("指标计分卡");
            Row first = scorecard.getRow(1);
            assertThat(text(scorecard.getRow(0).getCell(2))).isEqualTo("单位");
            assertThat(text(first.getCell(2))).isEqualTo("%");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(40.0);
            assertThat(scorecard.getColumnWidth(1)).isGreaterThan(DEFAULT_WIDTH);
            Sheet summary = workbook.getSheet("概况");
            assertThat(text(summary.getRow(0).getCell(3))).isEqualTo("单位");
            assertThat(summary.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void theIndicatorWorkbookHoldsEachInstitutionsValueAsANumber() throws Exception {
        Long indicator = plan.indicatorIds().get(0);
        MockHttpServletResponse response =
                download("/plans/" + plan.planId() + "/indicators/" + indicator + "/dashboard/export.xlsx");

        assertThat(fileName(response)).isEqualTo(title + "-1 测试指标1-指标-" + LocalDate.now() + ".xlsx");
        try (XSSFWorkbook workbook = read(response)) {
            Sheet units = workbook.getSheet("各机构情况");
            assertThat(text(units.getRow(0).getCell(3))).isEqualTo("单位");
            Row approved = rowOf(units, plan.county().hospitalNames().get(0));
            assertThat(approved.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(approved.getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(text(approved.getCell(3))).isEqualTo("%");
            assertThat(units.getColumnWidth(0)).isGreaterThan(DEFAULT_WIDTH);
        }
    }

    @Test
    void theRegionWorkbookRanksWithNumbersAndIsNamedForPlanRegionAndView() throws Exception {
        String county = plan.county().area().countyCode();
        String countyName = plan.county().area().countyName();
        MockHttpServletResponse response = download("/dashboards/regions/" + county + "/export.xlsx?plan="
                + plan.planId() + "&indicator=" + plan.indicatorIds().get(0));

        assertThat(fileName(response)).isEqualTo(title + "-" + countyName + "-地区对比-" + LocalDate.now() + ".xlsx");
        try (XSSFWorkbook workbook = read(response)) {
            Sheet ranking = workbook.getSheet("排名");
            assertThat(text(ranking.getRow(0).getCell(3))).isEqualTo("单位");
            Row top = ranking.getRow(1);
            assertThat(top.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(top.getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(text(top.getCell(3))).isEqualTo("%");
        }
    }

    @Test
    void theInstitutionWorkbookIsNamedForTheInstitutionAndView() throws Exception {
        long hospital = plan.county().hospitalIds().get(0);
        MockHttpServletResponse response = download("/dashboards/institutions/" + hospital + "/export.xlsx");

        assertThat(fileName(response))
                .isEqualTo(plan.county().hospitalNames().get(0) + "-单位看板-" + LocalDate.now() + ".xlsx");
        try (XSSFWorkbook workbook = read(response)) {
            Sheet first = workbook.getSheetAt(0);
            Row row = first.getRow(1);
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getColumnWidth(1)).isGreaterThan(DEFAULT_WIDTH);
        }
    }

    @Test
    void theBudgetWorkbookKeepsMoneyAsNumbersUnderANameOfItsOwn() throws Exception {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        SignedInUser planReviewer = accounts.reviewerOver(reported.plan().hospitalId());
        decisions.approve(
                reported.reportId(),
                pages.page(reported.reportId(), planReviewer, Locale.CHINA).version(),
                planReviewer);
        String planTitle =
                pages.page(reported.reportId(), planReviewer, Locale.CHINA).planTitle();

        MockHttpServletResponse budget =
                download("/plans/" + reported.plan().planId() + "/dashboard/budget/export.xlsx", planReviewer);
        MockHttpServletResponse overview =
                download("/plans/" + reported.plan().planId() + "/dashboard/export.xlsx", planReviewer);

        assertThat(fileName(budget)).isEqualTo(planTitle + "-资金-" + LocalDate.now() + ".xlsx");
        assertThat(fileName(budget)).isNotEqualTo(fileName(overview));
        try (XSSFWorkbook workbook = read(budget)) {
            Sheet byGoal = workbook.getSheetAt(0);
            Row goal = byGoal.getRow(1);
            assertThat(goal.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(goal.getCell(1).getNumericCellValue()).isEqualTo(500.0);
            assertThat(goal.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(goal.getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(byGoal.getColumnWidth(0)).isGreaterThan(DEFAULT_WIDTH);
        }
    }

    private MockHttpServletResponse download(String url) throws Exception {
        return download(url, reviewer);
    }

    private MockHttpServletResponse download(String url, SignedInUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).contains("spreadsheetml");
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        return response;
    }

    private static String fileName(MockHttpServletResponse response) {
        return ContentDisposition.parse(response.getHeader("Content-Disposition"))
                .getFilename();
    }

    private static XSSFWorkbook read(MockHttpServletResponse response) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (firstCell.equals(text(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }
}
