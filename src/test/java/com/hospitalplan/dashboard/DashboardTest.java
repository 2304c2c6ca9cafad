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
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.Role;
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
    BudgetDashboards budgets;

    @Autowired
    CompletenessDashboards completeness;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CountyPlans countyPlans;

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
                .isEqualTo(String.valueOf(ScratchPlans.reportedYear()));
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
        CountyPlans.County county = countyPlans.county(2);
        CountyPlans.Plan plan = countyPlans.plan(county, 3);
        long ownHospital = county.hospitalIds().get(0);
        long otherHospital = county.hospitalIds().get(1);
        SignedInUser hospital = accounts.signedIn(Role.REPORTER, ownHospital);
        SignedInUser bureau = county.reviewer();

        var ownView = dashboards.plan(plan.planId(), hospital, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        var countyView = dashboards.plan(plan.planId(), bureau, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(ownView.unitsShown()).isEqualTo(1);
        assertThat(countyView.unitsShown()).isEqualTo(2);
        // the shared indicator and its own, not the other hospital's
        assertThat(ownView.scorecard())
                .extracting(DashboardViews.ScoreRow::indicatorId)
                .containsExactly(plan.indicatorIds().get(0), plan.indicatorIds().get(1));
        assertThat(countyView.scorecard())
                .extracting(DashboardViews.ScoreRow::indicatorId)
                .containsExactlyElementsOf(plan.indicatorIds());

        String regionPath = "/dashboards/regions/" + county.area().countyCode();
        String region = mvc.perform(get(regionPath).with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(region)
                .contains(county.hospitalNames().get(0), county.hospitalNames().get(1));
        assertThat(region).contains("heat-table", "data-chart");
        mvc.perform(get(regionPath).with(user(hospital))).andExpect(status().isNotFound());
        mvc.perform(get(regionPath).with(user(accounts.signedIn(Role.REVIEWER, countyPlans.otherBureau()))))
                .andExpect(status().isNotFound());

        mvc.perform(get("/dashboards/institutions/{id}", otherHospital).with(user(hospital)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboards/institutions/{id}", otherHospital).with(user(bureau)))
                .andExpect(status().isOk());
    }

    @Test
    void anInstitutionsPlanIsKeptRenderedUntilADecisionChangesIt() throws Exception {
        CountyPlans.County county = countyPlans.county(1);
        CountyPlans.Plan plan = countyPlans.plan(county, 1);
        Long period = countyPlans.openPeriod(plan);
        long hospital = county.hospitalIds().get(0);
        Long report = countyPlans.report(plan, period, hospital, "47.5", false);
        SignedInUser bureau = accounts.signedIn(Role.REVIEWER, county.bureauId());

        String pending = shownPlanOf(hospital, bureau);
        assertThat(pending).contains("data-indicator").doesNotContain("47.5");
        assertThat(shownPlanOf(hospital, bureau)).isEqualTo(pending);

        SignedInUser reviewer = plan.county().reviewer();
        decisions.approve(report, pages.page(report, reviewer, Locale.CHINA).version(), reviewer);

        assertThat(shownPlanOf(hospital, bureau)).contains("47.5");
    }

    private String shownPlanOf(long hospital, SignedInUser user) throws Exception {
        String html = mvc.perform(get("/dashboards/institutions/{id}", hospital).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int start = html.indexOf("id=\"shown-plan\"");
        assertThat(start).as("the shown plan").isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aCityLeaderSeesTheCountiesOfTheCityAndRanksThem() {
        CountyPlans.County county = countyPlans.county(2);
        CountyPlans.Plan plan = countyPlans.plan(county, 2);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, county.hospitalIds().get(0), "40", true);
        SignedInUser cityLeader = accounts.signedIn(Role.VIEWER, county.cityBureauId());

        var city = regions.region(
                county.area().cityCode(),
                null,
                null,
                1,
                cityLeader,
                Basis.OFFICIAL,
                TargetVariant.ADJUSTED,
                Locale.CHINA);

        assertThat(city.rowsAreInstitutions()).isFalse();
        assertThat(city.heat())
                .extracting(DashboardViews.HeatRow::label)
                .containsExactly(county.area().countyName());
        assertThat(city.ranking()).singleElement().satisfies(row -> {
            assertThat(row.rank()).isEqualTo(1);
            assertThat(row.label()).isEqualTo(county.area().countyName());
        });
        assertThat(regionCharts.heat(city, Locale.CHINA)).contains("\"type\":\"heatmap\"");
    }

    @Test
    void thePlanScorecardDownloadsAsAWorkbookWithTheSameFigures() throws Exception {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 3);
        Long planId = plan.planId();
        SignedInUser reviewer = plan.county().reviewer();
        var shown = dashboards.plan(planId, reviewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(shown.scorecard()).hasSize(3);

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
            assertThat(names)
                    .containsAll(shown.scorecard().stream()
                            .map(DashboardViews.ScoreRow::name)
                            .toList());
            assertThat(workbook.getSheet("概况")).isNotNull();
        }
    }

    @Test
    void theProgressReportIsAPdfWithThePlansChineseTitleAndScorecard() throws Exception {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 3);
        Long planId = plan.planId();
        SignedInUser reviewer = plan.county().reviewer();
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
        // a city leader elsewhere does not see the plan
        SignedInUser elsewhere = accounts.signedIn(Role.VIEWER, countyPlans.otherBureau());
        mvc.perform(get("/plans/{id}/dashboard/report.pdf", planId).with(user(elsewhere)))
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

        CountyPlans.County twoHospitals = countyPlans.county(2);
        CountyPlans.Plan countyPlan = countyPlans.plan(twoHospitals, 2);
        Long period = countyPlans.openPeriod(countyPlan);
        Long onTime = countyPlans.report(
                countyPlan, period, twoHospitals.hospitalIds().get(0), "40", false);
        var county = completeness.completeness(
                twoHospitals.area().countyCode(), null, null, twoHospitals.reviewer(), Locale.CHINA);
        assertThat(county.planId()).isEqualTo(countyPlan.planId());
        assertThat(county.periods())
                .singleElement()
                .satisfies(p -> assertThat(p.expected()).isEqualTo(2));
        assertThat(county.units()).hasSize(2);
        assertThat(county.units())
                .filteredOn(unit -> onTime.equals(unit.reportId()))
                .singleElement()
                .satisfies(unit -> assertThat(unit.name())
                        .isEqualTo(twoHospitals.hospitalNames().get(0)));
    }
}
