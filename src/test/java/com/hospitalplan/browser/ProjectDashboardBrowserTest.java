package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.support.AxeCheck;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's "done when": a planner enters a construction project with specifications, funding and stage dates; the
 * hospital's reporter reports two periods of its progress, between which the planner moves a stage's planned date
 * later with a reason; the reviewer approves both; the plan's and the region's dashboards show the slip and the
 * investment completion, and the project's page its planned-against-actual timeline.
 */
@ServerTest
class ProjectDashboardBrowserTest extends BrowserTestSupport {

    private static final String PROJECT = "门诊医技综合楼";

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OrganizationService organizations;

    private final int year = ScratchPlans.reportedYear();

    private void save() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .first()
                .click();
    }

    private void openStage(String stage) {
        page.locator("#stages-table tr", new Page.LocatorOptions().setHasText(stage))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("填写日期"))
                .click();
    }

    /** The reporter fills the project's progress on the report form and submits the report. */
    private void reportProgress(Long reportId, String investment, String funds, String percent, String stage) {
        page.navigate(url("/reports/" + reportId));
        page.getByLabel(PROJECT + " 本期完成投资").fill(investment);
        page.getByLabel(PROJECT + " 本期到位资金").fill(funds);
        page.getByLabel(PROJECT + " 形象进度").fill(percent);
        page.getByLabel(PROJECT + " 当前阶段").selectOption(new SelectOption().setLabel(stage));
        page.getByLabel(PROJECT + " 存在问题").fill("专项债资金到位偏慢");
        page.locator("button[name=action][value=submit]").click();
        assertThat(page.locator("main")).containsText("已提交");
    }

    private void approve(Long reportId) {
        page.navigate(url("/reports/" + reportId));
        assertThat(page.locator("#project-progress")).containsText(PROJECT);
        page.locator("#approve-form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("已通过");
    }

    private void shot(String name) {
        page.locator("#project-dashboard")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Path.of(
                                "target/screenshots", getClass().getSimpleName() + "-" + name + ".png")));
    }

    @Test
    void theDashboardsShowTheSlipAndTheInvestmentCompletionOfApprovedProgress() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String reporter = accounts.accountOf(Role.REPORTER.name(), plan.hospitalId());
        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        Long earlier = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year - 1), accounts.as(reporter));
        Long later = scratchPlans.draftIn(plan, scratchPlans.openYear(plan, year), accounts.as(reporter));

        // the planner enters the project through its pages
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId()));
        page.locator("#project-new").click();
        page.getByLabel("项目名称").fill(PROJECT);
        page.getByLabel("建设性质").selectOption("NEW_BUILD");
        page.locator("#institutionId").selectOption(String.valueOf(plan.hospitalId()));
        save();
        assertThat(page.locator("#project-name")).hasText(PROJECT);
        String projectPage = page.url();

        page.locator("#project-specs").click();
        Locator figures = page.locator("#specs-form tbody tr");
        figures.nth(0).getByLabel("计划").fill("36000");
        figures.nth(1).getByLabel("计划").fill("300");
        save();

        page.locator("#project-funding").click();
        Locator lines = page.locator("#funding-form tbody tr");
        lines.nth(0).getByLabel("资金来源").selectOption("CENTRAL_BUDGET");
        lines.nth(0).getByLabel("年度").fill(String.valueOf(year));
        lines.nth(0).getByLabel("金额（万元）").fill("5000");
        lines.nth(1).getByLabel("资金来源").selectOption("SELF_RAISED");
        lines.nth(1).getByLabel("金额（万元）").fill("3000");
        save();
        assertThat(page.locator("#investment-total")).containsText("8,000");

        openStage("投入使用");
        page.getByLabel("计划日期（按文件写法").fill((year + 2) + "年6月底前");
        page.locator("#planned-save").click();
        assertThat(page.locator("#stages-table")).containsText((year + 2) + "年6月底前");
        signOut();

        // the first period: reported and approved
        signIn(reporter, TestAccounts.PASSWORD);
        reportProgress(earlier, "2000", "3000", "30", "开工");
        signOut();
        signIn(reviewer.getUsername(), TestAccounts.PASSWORD);
        approve(earlier);
        signOut();

        // in the second period the opening slips a year: the planner moves the date, with the reason
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(projectPage);
        openStage("投入使用");
        page.getByLabel("计划日期（按文件写法").fill((year + 3) + "年6月底前");
        page.getByLabel("调整理由").fill("专项债发行推迟");
        page.locator("#planned-save").click();
        assertThat(page.locator("#stages-table")).containsText("专项债发行推迟");
        signOut();

        signIn(reporter, TestAccounts.PASSWORD);
        reportProgress(later, "1000", "1000", "45", "主体封顶");
        signOut();

        // pending review, the second period does not count yet
        signIn(reviewer.getUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        Locator row = page.locator("#dashboard-projects-table tbody tr", new Page.LocatorOptions().setHasText(PROJECT));
        assertThat(row.locator(".project-cumulative")).hasText("2,000");
        assertThat(row.locator(".project-investment-rate")).containsText("25.0%");

        approve(later);

        long days = ChronoUnit.DAYS.between(LocalDate.of(year + 2, 6, 30), LocalDate.of(year + 3, 6, 30));
        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        assertThat(row.locator(".project-slip")).hasText("推迟 " + days + " 天 · 调整 1 次");
        assertThat(row.locator(".project-cumulative")).hasText("3,000");
        assertThat(row.locator(".project-investment-rate")).containsText("37.5%");
        assertThat(row.locator(".project-investment-rate")).containsText("推算");
        assertThat(row.locator(".project-year-rate")).containsText("20.0%");
        assertThat(row.locator(".project-funds-rate")).containsText("50.0%");
        assertThat(row.locator(".project-works")).hasText("45%");
        assertThat(row).containsText("主体封顶");
        shot("plan-dashboard");

        String county = organizations.find(plan.hospitalId()).orElseThrow().regionCode();
        page.navigate(url("/dashboards/regions/" + county + "?plan=" + plan.planId()));
        Locator regionRow =
                page.locator("#dashboard-projects-table tbody tr", new Page.LocatorOptions().setHasText(PROJECT));
        assertThat(regionRow.locator(".project-slip")).hasText("推迟 " + days + " 天 · 调整 1 次");
        assertThat(regionRow.locator(".project-investment-rate")).containsText("37.5%");
        assertThat(page.locator("#projects-by-county-table")).containsText("1");
        assertThat(page.locator("#projects-by-county-chart")).hasAttribute("data-chart-ready", "true");
        assertThat(page.locator("#projects-export")).isVisible();
        shot("region-dashboard");
        AxeCheck.assertNoSeriousViolations(page);

        page.navigate(projectPage);
        assertThat(page.locator("#project-timeline .chart")).hasAttribute("data-chart-ready", "true");
        assertThat(page.locator("#project-timeline .chart")).not().hasAttribute("data-chart-error", ".*");
        Locator opening = page.locator("#stages-table tr", new Page.LocatorOptions().setHasText("投入使用"));
        assertThat(opening).containsText("已推迟");
        assertThat(page.locator("#project-stage")).hasText("主体封顶");
        AxeCheck.assertNoSeriousViolations(page);
    }
}
