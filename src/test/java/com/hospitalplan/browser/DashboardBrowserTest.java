package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The dashboards as a county reviewer, a city leader and a hospital reporter open them in a browser. */
@ServerTest
class DashboardBrowserTest extends BrowserTestSupport {

    @Test
    void aCountyReviewerDrillsDownFromTheCountyToTheReportBehindAValue() throws Exception {
        signIn("reviewer2", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("看板").setExact(true))
                .click();
        page.locator("#my-region").click();

        assertThat(page.locator("h1")).containsText("寻乌县");
        chartsDrawn();
        assertThat(page.locator("#heat-table")).containsText("寻乌县人民医院");

        // who has reported, then back to the county
        page.locator("#completeness-link").click();
        chartsDrawn();
        assertThat(page.locator("#unit-punctuality")).containsText("寻乌县人民医院");
        page.goBack();

        // county → institution
        page.locator("#heat-table a.drill", new Page.LocatorOptions().setHasText("寻乌县人民医院"))
                .click();
        assertThat(page.locator("h1")).hasText("寻乌县人民医院");
        chartsDrawn();

        // institution → indicator → the report behind the value
        Locator indicatorWithValue = page.locator("table.scorecard tbody tr")
                .filter(new Locator.FilterOptions().setHasNot(page.locator("td:nth-child(3):empty")))
                .first();
        indicatorWithValue.locator("td").first().locator("a").click();
        assertThat(page.locator("#trend-chart")).hasAttribute("data-chart-ready", "true");
        assertThat(page.locator("#trend-table")).isVisible();
        page.locator("#unit-table a.report-link").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/reports/\\d+$"));
        assertThat(page.locator("body")).containsText("寻乌县人民医院");
    }

    @Test
    void aCityLeaderSeesTheCountiesOfTheCityAndDownloadsTheTables() throws Exception {
        signIn("viewer", DEMO_PASSWORD);
        page.navigate(url("/dashboards"));
        page.locator("#my-region").click();

        assertThat(page.locator("h1")).containsText("湛江市");
        chartsDrawn();
        assertThat(page.locator("#heat-table")).containsText("廉江市");
        assertThat(page.locator("#rank-table tbody tr").first()).containsText("1");

        Download download =
                page.waitForDownload(() -> page.locator("#export-xlsx").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            assertThat(workbook.getSheet("状态热力图")).isNotNull();
            assertThat(workbook.getSheet("状态热力图").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("湛江市");
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
        signIn("reporter2", DEMO_PASSWORD);
        page.navigate(url("/dashboards"));
        assertThat(page.locator("#my-region")).hasCount(0);
        page.locator("#my-institution").click();

        assertThat(page.locator("h1")).hasText("寻乌县人民医院");
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

    /** Every chart on the page was drawn by ECharts (as SVG). */
    private void chartsDrawn() {
        Locator charts = page.locator("div.chart[data-chart]");
        assertThat(charts.first()).hasAttribute("data-chart-ready", "true");
        int count = charts.count();
        assertThat(count).isPositive();
        for (int i = 0; i < count; i++) {
            assertThat(charts.nth(i)).hasAttribute("data-chart-ready", "true");
            assertThat(charts.nth(i).locator("svg").first()).isVisible();
        }
    }
}
