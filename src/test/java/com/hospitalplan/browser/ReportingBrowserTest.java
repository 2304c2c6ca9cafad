package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A report goes from a reporter to a reviewer and back, as the people involved click through it. */
@ServerTest
class ReportingBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Test
    void aReportIsSubmittedReturnedCorrectedAndApproved() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(2), today.plusDays(20), 0),
                accounts.as(plan.plannerUsername()));
        String reporter = accounts.accountOf("REPORTER", plan.hospitalId());
        String reviewer = accounts.reviewerOver(plan.hospitalId()).getUsername();

        // the reporter fills in a value, a milestone status, money spent and an evidence file, and submits
        signIn(reporter, TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的填报"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填报"))
                .click();
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "院长办公会纪要.pdf", "application/pdf", "%PDF-1.4 纪要".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传"))
                .click();
        assertThat(page.locator("#evidence-list")).containsText("院长办公会纪要.pdf");

        page.getByLabel("出院患者手术占比").fill("20");
        page.locator("#value-" + plan.indicatorId()).getByLabel("说明").fill("设备延迟到货");
        page.getByLabel("引进人才").selectOption("IN_PROGRESS");
        page.getByLabel("完成比例（%）").fill("40");
        page.getByLabel("医院自筹 · 人才建设 · 2022").fill("88.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核"))
                .click();
        assertThat(page.locator("#report-status")).hasText("已提交，待审核");
        String reportUrl = page.url();
        signOut();

        // the reviewer returns the value with a reason
        signIn(reviewer, TestAccounts.PASSWORD);
        assertThat(page.locator("#nav-reviews")).containsText(java.util.regex.Pattern.compile("\\d+ 份报告待审核"));
        page.locator("#nav-reviews").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审核").setExact(true))
                .last()
                .click();
        page.getByLabel("对“出院患者手术占比”的意见（可选）").fill("请按出院患者口径重新统计");
        page.getByLabel("退回原因").fill("手术占比口径有误");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回修改"))
                .click();
        assertThat(page.locator("#report-status")).hasText("已退回");
        signOut();

        // the reporter sees the reason, corrects the value and submits again
        signIn(reporter, TestAccounts.PASSWORD);
        page.navigate(reportUrl);
        assertThat(page.locator("#return-reason")).containsText("手术占比口径有误");
        assertThat(page.locator(".value-return-reason")).containsText("请按出院患者口径重新统计");
        page.getByLabel("出院患者手术占比").fill("36");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核"))
                .click();
        assertThat(page.locator("#report-status")).hasText("已提交，待审核");
        signOut();

        // the reviewer sees only the change and approves; the value is now official
        signIn(reviewer, TestAccounts.PASSWORD);
        page.navigate(reportUrl);
        Locator changes = page.locator("#changes-since-return");
        assertThat(changes).containsText("出院患者手术占比 20 → 36");
        assertThat(changes).not().containsText("引进人才");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过"))
                .click();
        assertThat(page.locator("#report-status")).hasText("已通过");
        assertThat(page.locator("#value-table")).containsText("36");
        assertThat(page.locator(".value-return-reason")).hasCount(0);
        assertThat(page.locator("#history")).containsText("审核通过");
    }
}
