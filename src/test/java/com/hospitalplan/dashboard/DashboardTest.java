package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.dashboard.web.IndicatorCharts;
import com.hospitalplan.dashboard.web.RegionCharts;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Dashboards over real PostgreSQL and HTTP: official against pending values, approvals at once, who sees what. */
@IntegrationTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanDashboards dashboards;

    @Autowired
    IndicatorDashboards indicators;

    @Autowired
    RegionDashboards regions;

    @Autowired
    IndicatorCharts indicatorCharts;

    @Autowired
    RegionCharts regionCharts;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BudgetDashboards budgets;

    @Autowired
    CompletenessDashboards completeness;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OrganizationService organizations;

    @Test
    void aSubmittedValueIsPendingUntilApprovedAndTheApprovalShowsAtOnce() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        Long planId = reported.plan().planId();
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());

        var official = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        var pending = dashboards.plan(planId, reviewer, Basis.WITH_PENDING, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(official.scorecard().get(0).latest()).isEmpty();
        assertThat(official.scorecard().get(0).status()).isEqualTo(Status.NO_DATA);
        assertThat(pending.scorecard().get(0).latest()).isEqualTo("36%");
        assertThat(pending.scorecard().get(0).pending()).isTrue();
        assertThat(pending.spent()).isEqualByComparingTo("100");
        assertThat(official.spent()).isEqualByComparingTo("0");

        decisions.approve(
                reported.reportId(),
                pages.page(reported.reportId(), reviewer, Locale.CHINA).version(),
                reviewer);

        var approved = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(approved.scorecard().get(0).latest()).isEqualTo("36%");
        assertThat(approved.scorecard().get(0).pending()).isFalse();
        assertThat(approved.scorecard().get(0).status()).isEqualTo(Status.ACHIEVED);
        assertThat(approved.counts()).contains(new DashboardViews.StatusCount(Status.ACHIEVED, 1));
        assertThat(approved.milestones().done()).isEqualTo(1);
        assertThat(approved.spent()).isEqualByComparingTo("100");
        assertThat(approved.executionPercent()).isEqualTo(20);

        var budget = budgets.budget(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(budget.bySource()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("医院自筹");
            assertThat(row.planned().amount()).isEqualByComparingTo("500");
            assertThat(row.spent()).isEqualByComparingTo("100");
            assertThat(row.executionPercent()).isEqualTo(20);
        });
        assertThat(budget.byYear())
                .filteredOn(row -> row.spent().signum() > 0)
                .singleElement()
                .extracting(DashboardViews.MoneyRow::label)
                .isEqualTo(String.valueOf(java.time.LocalDate.now().getYear() - 1));
        assertThat(budget.byGoal())
                .singleElement()
                .satisfies(goal -> assertThat(goal.verdict()).isEqualTo(MoneyAndProgress.MOVING_WITHOUT_SPENDING));

        // the value leads to its report
        var indicator = indicators.indicator(
                planId,
                reported.plan().indicatorId(),
                1,
                8,
                reviewer,
                Basis.OFFICIAL,
                TargetVariant.ADJUSTED,
                Locale.CHINA);
        assertThat(indicator.units()).singleElement().satisfies(unit -> {
            assertThat(unit.reportId()).isEqualTo(reported.reportId());
            assertThat(unit.latest()).isEqualTo("36%");
        });
        assertThat(indicatorCharts.trend(indicator)).contains("36");
    }

    @Test
    void theScorecardAsRenderedShowsAnApprovalAtOnce() throws Exception {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        Long planId = reported.plan().planId();
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());
        String before = scorecardRow(planId, reported.plan().indicatorId(), reviewer);
        assertThat(before).contains("status-NO_DATA").doesNotContain("36%");
        assertThat(scorecardRow(planId, reported.plan().indicatorId(), reviewer))
                .isEqualTo(before);

        decisions.approve(
                reported.reportId(),
                pages.page(reported.reportId(), reviewer, Locale.CHINA).version(),
                reviewer);

        assertThat(scorecardRow(planId, reported.plan().indicatorId(), reviewer))
                .contains("36%", "status-ACHIEVED");
    }

    /** The indicator's scorecard line on the plan dashboard page, as sent. */
    private String scorecardRow(Long planId, Long indicatorId, SignedInUser user) throws Exception {
        String html = mvc.perform(get("/plans/{id}/dashboard", planId).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int start = html.indexOf("<tr data-indicator=\"" + indicatorId + "\"");
        assertThat(start).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void aHospitalSeesOnlyItsOwnFiguresInAPlanOthersReportInToo() throws Exception {
        Long xunwuPlan = planId("003-xunwu");
        SignedInUser hospital = accounts.as("reporter2");
        SignedInUser county = accounts.as("reviewer2");

        var ownView = dashboards.plan(xunwuPlan, hospital, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        var countyView = dashboards.plan(xunwuPlan, county, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(ownView.unitsShown()).isEqualTo(1);
        assertThat(countyView.unitsShown()).isGreaterThan(1);
        assertThat(ownView.scorecard().size()).isLessThan(countyView.scorecard().size());

        String region = mvc.perform(get("/dashboards/regions/360734").with(user(county)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(region).contains("寻乌县人民医院", "寻乌县中医院", "heat-table", "data-chart");
        mvc.perform(get("/dashboards/regions/360734").with(user(hospital))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboards/regions/360734").with(user(accounts.as("reviewer"))))
                .andExpect(status().isNotFound());

        Long otherHospital = jdbc.sql("select id from organization where name = '寻乌县中医院'")
                .query(Long.class)
                .single();
        mvc.perform(get("/dashboards/institutions/{id}", otherHospital).with(user(hospital)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboards/institutions/{id}", otherHospital).with(user(county)))
                .andExpect(status().isOk());
    }

    @Test
    void aCityLeaderSeesTheCountiesOfTheCityAndRanksThem() {
        var city = regions.region(
                "440800", null, null, 1, accounts.as("viewer"), Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        assertThat(city.rowsAreInstitutions()).isFalse();
        assertThat(city.heat()).extracting(DashboardViews.HeatRow::label).contains("廉江市");
        assertThat(city.ranking()).isNotEmpty();
        assertThat(city.ranking()).extracting(DashboardViews.RankRow::rank).startsWith(1);
        assertThat(regionCharts.heat(city, Locale.CHINA)).contains("\"type\":\"heatmap\"");
    }

    @Test
    void thePlanScorecardDownloadsAsAWorkbookWithTheSameFigures() throws Exception {
        Long planId = planId("001-baotou");
        SignedInUser reviewer = accounts.as("reviewer");
        var shown = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        var response = mvc.perform(
                        get("/plans/{id}/dashboard/export.xlsx", planId).with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).contains("spreadsheetml");
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet scorecard = workbook.getSheet("指标计分卡");
            assertThat(scorecard).isNotNull();
            assertThat(scorecard.getLastRowNum()).isEqualTo(shown.scorecard().size());
            List<String> names = new ArrayList<>();
            for (Row row : scorecard) {
                Cell name = row.getCell(1);
                names.add(name == null ? "" : name.getStringCellValue());
            }
            assertThat(names).contains(shown.scorecard().get(0).name());
            assertThat(workbook.getSheet("概况")).isNotNull();
        }
    }

    @Test
    void theProgressReportIsAPdfWithThePlansChineseTitleAndScorecard() throws Exception {
        Long planId = planId("001-baotou");
        SignedInUser reviewer = accounts.as("reviewer");
        var shown = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        var response = mvc.perform(
                        get("/plans/{id}/dashboard/report.pdf", planId).with(user(reviewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains(shown.title().replaceAll("\\s+", ""));
            assertThat(text).contains("指标计分卡", shown.scorecard().get(0).name());
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        mvc.perform(get("/plans/{id}/dashboard/report.pdf", planId).with(user(accounts.as("viewer"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void completenessShowsWhoReportedOnTimeForEachPeriod() {
        ScratchPlans.Reported reported = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(reported.plan().hospitalId());
        OrganizationView hospital =
                organizations.find(reported.plan().hospitalId()).orElseThrow();

        var page = completeness.completeness(
                hospital.regionCode(), reported.plan().planId(), null, reviewer, Locale.CHINA);

        assertThat(page.planId()).isEqualTo(reported.plan().planId());
        assertThat(page.periods()).singleElement().satisfies(period -> {
            assertThat(period.expected()).isEqualTo(1);
            assertThat(period.counts()).contains(new DashboardViews.PunctualityCount(Punctuality.ON_TIME, 1));
        });
        assertThat(page.units()).singleElement().satisfies(unit -> {
            assertThat(unit.name()).isEqualTo(hospital.name());
            assertThat(unit.punctuality()).isEqualTo(Punctuality.ON_TIME);
            assertThat(unit.reportId()).isEqualTo(reported.reportId());
        });

        var county = completeness.completeness("360734", null, null, accounts.as("reviewer2"), Locale.CHINA);
        assertThat(county.periods()).isNotEmpty();
        assertThat(county.units())
                .hasSize(county.periods().get(county.periods().size() - 1).expected());
    }

    private Long planId(String key) {
        return jdbc.sql("select id from plan where plan_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }
}
