package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboards as a county reviewer, a city leader and a hospital reporter open them in a browser. */
@ServerTest
class DashboardBrowserTest extends BrowserTestSupport {

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    TestAccounts accounts;

    /**
     * A county plan of three indicators over two hospitals, each of which reported (approved) for last year: the
     * first hospital on track, the second not.
     */
    private CountyPlans.Plan reportedPlan() {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 3);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(1), "20", true);
        return plan;
    }

    /** Signs in as a new account with {@code role} of the organisation {@code organizationId}. */
    private void signInAs(Role role, long organizationId) {
        signIn(accounts.account(role, organizationId).username(), TestAccounts.PASSWORD);
    }

    @Test
    void aCountyReviewerDrillsDownFromTheCountyToTheReportBehindAValue() throws Exception {
        CountyPlans.County county = reportedPlan().county();
        String hospital = county.hospitalNames().get(0);
        signIn(county.reviewer().getUsername(), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("看板").setExact(true))
                .click();
        page.locator("#my-region").click();

        assertThat(page.locator("h1")).containsText(county.area().countyName());
        chartsDrawn();
        assertThat(page.locator("#heat-table")).containsText(hospital);

        // who has reported, then back to the county
        page.locator("#completeness-link").click();
        chartsDrawn();
        assertThat(page.locator("#unit-punctuality")).containsText(hospital);
        page.goBack();

        // county → institution
        page.locator("#heat-table a.drill", new Page.LocatorOptions().setHasText(hospital))
                .click();
        assertThat(page.locator("h1")).hasText(hospital);
        chartsDrawn();

        // institution → indicator → the report behind the value
        Locator indicatorWithValue = page.locator("table.scorecard tbody tr")
                .filter(new Locator.FilterOptions().setHasNot(page.locator("td:nth-child(3):empty")))
                .first();
        indicatorWithValue.locator("td").first().locator("a").click();
        assertThat(page.locator("#trend-chart")).hasAttribute("data-chart-ready", "true");
        assertThat(page.locator("#trend-table")).isVisible();
        page.locator("#unit-table tr", new Page.LocatorOptions().setHasText(hospital))
                .locator("a.report-link")
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/\\d+$"));
        assertThat(page.locator("body")).containsText(hospital);
    }

    @Test
    void aCityLeaderSeesTheCountiesOfTheCityAndDownloadsTheTables() throws Exception {
        CountyPlans.County county = reportedPlan().county();
        signInAs(Role.VIEWER, county.cityBureauId());
        page.navigate(url("/dashboards"));
        page.locator("#my-region").click();

        assertThat(page.locator("h1")).containsText(county.cityName());
        chartsDrawn();
        assertThat(page.locator("#heat-table")).containsText(county.area().countyName());
        assertThat(page.locator("#rank-table tbody tr").first()).containsText("1");

        Download download =
                page.waitForDownload(() -> page.locator("#export-xlsx").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            assertThat(workbook.getSheet("状态热力图")).isNotNull();
            assertThat(workbook.getSheet("状态热力图").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(county.cityName());
        }

        // region → the plan's dashboard
        page.locator("a", new Page.LocatorOptions().setHasText("规划看板")).first().click();
        chartsDrawn();
        assertThat(page.locator("#status-counts")).isVisible();
        assertThat(page.locator("table.scorecard")).isVisible();
        // the scorecard shows one status on request
        Locator filter = page.locator(".status-filter a[data-status]").first();
        String status = filter.getAttribute("data-status");
        filter.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=" + status + ".*"));
        Locator rows = page.locator("table.scorecard tbody tr");
        assertThat(rows.first()).isVisible();
        assertThat(rows.locator(".status-badge:not(.status-" + status + ")")).hasCount(0);
        String title = page.locator("h1").innerText();
        page.locator("#budget-dashboard").click();
        chartsDrawn();
        assertThat(page.locator("#money-source")).isVisible();
        page.goBack();
        Download pdf = page.waitForDownload(() -> page.locator("#export-pdf").click());
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains(title.replaceAll("\\s+", ""));
        }
    }

    @Test
    void aHospitalReporterSeesTheirOwnInstitutionAndPlan() {
        CountyPlans.County county = reportedPlan().county();
        signInAs(Role.REPORTER, county.hospitalIds().get(0));
        page.navigate(url("/dashboards"));
        assertThat(page.locator("#my-region")).hasCount(0);
        page.locator("#my-institution").click();

        assertThat(page.locator("h1")).hasText(county.hospitalNames().get(0));
        page.locator(".institution-plan h2 a").first().click();
        chartsDrawn();
        assertThat(page.locator(".text-muted").filter(new Locator.FilterOptions().setHasText("显示 1 /")))
                .hasCount(1);
        // switching to pending values keeps the page and marks the choice
        page.locator("#basis").selectOption("pending");
        page.locator(".dashboard-switches button").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*basis=pending.*"));
        assertThat(page.locator("#basis")).hasValue("pending");
    }

    /** Every chart on the page was drawn by ECharts (as SVG), or says it has no data yet. */
    private void chartsDrawn() {
        Locator charts = page.locator("div.chart[data-chart]");
        assertThat(charts.first()).hasAttribute("data-chart-ready", "true");
        int count = charts.count();
        assertThat(count).isPositive();
        for (int i = 0; i < count; i++) {
            Locator chart = charts.nth(i);
            assertThat(chart).hasAttribute("data-chart-ready", "true");
            if ("true".equals(chart.getAttribute("data-chart-empty"))) {
                assertThat(chart).hasText("暂无数据");
            } else {
                assertThat(chart.locator("svg").first()).isVisible();
            }
        }
    }
}
