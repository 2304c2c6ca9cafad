package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.AxeCheck;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The six pages people use most, and the notifications, pass axe-core (WCAG 2.1 AA and axe's best practices) without a
 * serious or critical violation, in Chinese and in English, as the role that uses each page sees it, with content on it.
 */
@ServerTest
class AccessibilityBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    TestAccounts accounts;

    @Test
    void theSignInPageHasNoSeriousViolations() {
        page.navigate(url("/login"));
        assertThat(page.locator("form")).isVisible();
        checkInBothLanguages("/login");
    }

    @Test
    void thePlanListAndAPlansPageHaveNoSeriousViolationsForItsPlanner() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);

        checkInBothLanguages("/plans");
        checkInBothLanguages("/plans/" + plan.planId());
    }

    @Test
    void theReportFormHasNoSeriousViolationsForItsReporter() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);

        page.navigate(url("/reports/" + draft.reportId()));
        assertThat(page.locator("#value-table input").first()).isEditable();
        checkInBothLanguages("/reports/" + draft.reportId());
    }

    @Test
    void aPlansDashboardHasNoSeriousViolationsForTheCountysReviewer() {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 3);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(1), "20", true);
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);

        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        assertThat(page.locator("table.scorecard .status-badge").first()).isVisible();
        checkInBothLanguages("/plans/" + plan.planId() + "/dashboard");
    }

    @Test
    void theReviewListHasNoSeriousViolationsForAReviewer() {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        signIn(accounts.reviewerOver(report.plan().hospitalId()).getUsername(), TestAccounts.PASSWORD);

        page.navigate(url("/reviews"));
        assertThat(page.locator("main table tbody tr").first()).isVisible();
        checkInBothLanguages("/reviews");
    }

    @Test
    void unreadNotificationsHaveNoSeriousViolations() {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(1), 1);
        countyPlans.report(
                plan, countyPlans.openPeriod(plan), plan.county().hospitalIds().get(0), "40", false);
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);

        page.navigate(url("/notifications"));
        assertThat(page.locator("#notifications .list-group-item-info a").first())
                .isVisible();
        checkInBothLanguages("/notifications");
    }

    /** Checks the page at {@code path} in Chinese, then in English (the language switch of the top bar). */
    private void checkInBothLanguages(String path) {
        page.navigate(url(path + "?lang=zh-CN"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        AxeCheck.assertNoSeriousViolations(page);
        page.navigate(url(path + "?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        AxeCheck.assertNoSeriousViolations(page);
    }
}
