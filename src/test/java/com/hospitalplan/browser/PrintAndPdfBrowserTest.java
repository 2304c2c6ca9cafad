package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF for leaders says it is being made while it is; plan and dashboard pages print without menus or buttons. */
@ServerTest
class PrintAndPdfBrowserTest extends BrowserTestSupport {

    @Autowired
    CountyPlans countyPlans;

    private CountyPlans.Plan reportedPlan() {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 2);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        return plan;
    }

    @Test
    void thePdfLinkShowsThatThePdfIsBeingMadeAndThenSavesIt() throws Exception {
        CountyPlans.Plan plan = reportedPlan();
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        // hold the PDF's response until the page has been seen waiting for it
        AtomicReference<Route> held = new AtomicReference<>();
        page.route("**/report.pdf**", held::set);

        Download pdf = page.waitForDownload(() -> {
            page.locator("#export-pdf").click();
            assertThat(page.locator("#export-pdf")).hasAttribute("aria-busy", "true");
            assertThat(page.locator("#export-pdf")).containsText("正在生成");
            assertThat(page.locator("#export-pdf .spinner-border")).isVisible();
            while (held.get() == null) {
                page.waitForTimeout(50);
            }
            held.get().resume();
        });

        assertThat(pdf.suggestedFilename()).endsWith("-进展报告-" + java.time.LocalDate.now() + ".pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(page.locator("#export-pdf")).not().hasAttribute("aria-busy", "true");
        assertThat(page.locator("#export-pdf")).hasText("导出 PDF 进展报告");
    }

    @Test
    void planAndDashboardPagesPrintWithoutMenusOrButtons() {
        CountyPlans.Plan plan = reportedPlan();
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        assertThat(page.locator("nav.navbar")).isHidden();
        assertThat(page.locator("#export-pdf")).isHidden();
        assertThat(page.locator(".dashboard-switches")).isHidden();
        assertThat(page.locator("table.scorecard")).isVisible();

        page.navigate(url("/plans/" + plan.planId()));
        assertThat(page.locator("nav.navbar")).isHidden();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("main .btn:visible")).hasCount(0);
    }
}
