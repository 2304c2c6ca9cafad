package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every irreversible action asks first, naming what will happen; cancelled, nothing happens. The approval takes an
 * optional comment, kept in the report's history.
 */
@ServerTest
class ConfirmationBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportEvidenceService evidence;

    @Autowired
    CountyPlans countyPlans;

    @Test
    void approvalAsksNamingTheReportAndKeepsTheReviewersComment() {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        String reviewer = accounts.reviewerOver(report.plan().hospitalId()).getUsername();
        signIn(reviewer, TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + report.reportId()));
        page.getByLabel("审核意见（可选，记入报告历史）").fill("数据完整，同意");

        agree = false;
        button("审核通过").click();
        assertThat(questions)
                .singleElement()
                .satisfies(q -> assertThat(q).startsWith("审核通过").contains("年度报告", "计入正式统计"));
        assertThat(page.locator("#report-status")).hasText("已提交，待审核");

        agree = true;
        button("审核通过").click();
        assertThat(page.locator("#report-status")).hasText("已通过");
        assertThat(page.locator("#history")).containsText("数据完整，同意");
    }

    @Test
    void cleanReportsAreApprovedTogetherAfterOneQuestionAndTheOthersStay() {
        CountyPlans.County county = countyPlans.county(2);
        CountyPlans.Plan plan = countyPlans.plan(county, 1);
        Long period = countyPlans.openPeriod(plan);
        Long clean = countyPlans.report(plan, period, county.hospitalIds().get(0), "40", false);
        Long offTrack = countyPlans.report(plan, period, county.hospitalIds().get(1), "10", false);
        signIn(county.reviewer().getUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/reviews"));
        assertThat(page.locator("#choose-" + offTrack)).hasCount(0);
        page.locator("#choose-" + clean).check();

        agree = false;
        button("通过所选报告").click();
        assertThat(questions).singleElement().satisfies(q -> assertThat(q).contains("所选报告全部审核通过"));
        assertThat(page.locator("tr[data-report='" + clean + "']")).hasCount(1);

        agree = true;
        button("通过所选报告").click();
        assertThat(page.locator("#bulk-outcome")).containsText("已审核通过 1 份报告");
        assertThat(page.locator("tr[data-report='" + clean + "']")).hasCount(0);
        assertThat(page.locator("tr[data-report='" + offTrack + "']")).containsText("需逐份审核");
    }

    @Test
    void removingEvidenceAsksNamingTheFile() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        evidence.addEvidence(
                draft.reportId(),
                "院长办公会纪要.pdf",
                "%PDF-1.4 纪要".getBytes(StandardCharsets.UTF_8),
                accounts.as(draft.reporterUsername()));
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + draft.reportId()));

        agree = false;
        button("移除").click();
        assertThat(questions).singleElement().satisfies(q -> assertThat(q).contains("院长办公会纪要.pdf", "不能恢复"));
        assertThat(page.locator("#evidence-list")).containsText("院长办公会纪要.pdf");

        agree = true;
        button("移除").click();
        assertThat(page.locator("#evidence-list")).hasCount(0);
    }

    @Test
    void closingAPeriodOrThePlanAndDeletingAGoalAskFirst() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        int year = ScratchPlans.reportedYear();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR,
                        year,
                        1,
                        LocalDate.now().minusDays(2),
                        LocalDate.now().plusDays(20),
                        0),
                accounts.as(plan.plannerUsername()));
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        agree = false;

        page.navigate(url("/plans/" + plan.planId() + "/periods"));
        button("关闭").click();
        assertThat(questions.get(0)).contains("关闭" + year + "年度填报周期");
        assertThat(page.locator("table")).containsText("填报中");

        page.navigate(url("/plans/" + plan.planId()));
        button("结束规划").click();
        assertThat(questions.get(1)).startsWith("结束规划“测试规划").contains("不能再修改");
        assertThat(page.locator("#close-plan")).isVisible();

        page.navigate(url("/plans/" + plan.planId() + "/goals/" + plan.goalId() + "/edit"));
        button("删除此目标任务（含下级）").click();
        assertThat(questions.get(2)).contains("删除目标任务“学科建设”");
        assertThat(page).hasURL(url("/plans/" + plan.planId() + "/goals/" + plan.goalId() + "/edit"));

        agree = true;
        button("删除此目标任务（含下级）").click();
        assertThat(page.locator("#goal-" + plan.goalId())).hasCount(0);
        assertThat(questions).hasSize(4);
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
