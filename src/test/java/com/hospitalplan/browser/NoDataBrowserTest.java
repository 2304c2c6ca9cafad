package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A chart with nothing to show says so instead of drawing empty axes; every page has the application's icon. */
@ServerTest
class NoDataBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Test
    void aTrendWithoutReportedValuesSaysNoDataYet() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        signIn(accounts.reviewerOver(plan.hospitalId()).getUsername(), TestAccounts.PASSWORD);

        page.navigate(url("/plans/" + plan.planId() + "/indicators/" + plan.indicatorId() + "/dashboard"));

        assertThat(page.locator("#trend-chart")).hasAttribute("data-chart-empty", "true");
        assertThat(page.locator("#trend-chart")).hasText("暂无数据");
        assertThat(page.locator("#trend-chart svg")).hasCount(0);

        page.navigate(url("/plans/" + plan.planId() + "/indicators/" + plan.indicatorId() + "/dashboard?lang=en"));
        assertThat(page.locator("#trend-chart")).hasText("No data yet");
    }

    @Test
    void theIconIsServedToEveryoneAndNamedByEveryPage() {
        page.navigate(url("/login"));
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/favicon.ico");

        APIResponse icon = page.request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/");
        assertThat(icon.body()).hasSizeGreaterThan(100);
    }
}
