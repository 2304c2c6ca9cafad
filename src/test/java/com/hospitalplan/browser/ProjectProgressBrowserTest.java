package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.project.FundingSource;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hospital's reporter fills its project's progress on the report form; a refused entry keeps what was typed. */
@ServerTest
class ProjectProgressBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScratchProjects scratchProjects;

    @Test
    void aReporterFillsProjectProgressOnTheReportForm() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        scratchProjects.fundedProject(
                plan, "门诊综合楼", plan.hospitalId(), ScratchProjects.funding(FundingSource.CENTRAL_BUDGET, "8000"));
        String reporter = accounts.accountOf(Role.REPORTER.name(), plan.hospitalId());
        Long reportId = scratchPlans.draftIn(
                plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), accounts.as(reporter));

        signIn(reporter, TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + reportId));
        assertThat(page.locator("#project-progress")).containsText("建设项目进度");
        page.getByLabel("门诊综合楼 本期完成投资").fill("三千");
        page.getByLabel("门诊综合楼 本期到位资金").fill("4000");
        page.getByLabel("门诊综合楼 存在问题").fill("征地拆迁滞后");
        page.locator("button[name=action][value=save]").click();

        assertThat(page.locator(".error-summary")).containsText("部分内容无法保存");
        assertThat(page.locator("#project-progress")).containsText("请填写数字");
        assertThat(page.getByLabel("门诊综合楼 本期完成投资")).hasValue("三千");
        assertThat(page.getByLabel("门诊综合楼 本期到位资金")).hasValue("4000");
        assertThat(page.getByLabel("门诊综合楼 存在问题")).hasValue("征地拆迁滞后");

        page.getByLabel("门诊综合楼 本期完成投资").fill("3000");
        page.getByLabel("门诊综合楼 形象进度").fill("35");
        page.getByLabel("门诊综合楼 当前阶段").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("开工"));
        page.locator("button[name=action][value=save]").click();

        assertThat(page.getByLabel("门诊综合楼 本期完成投资")).hasValue("3000");
        assertThat(page.locator("#project-progress .project-investment-rate")).containsText("37.5%");
        assertThat(page.locator("#project-progress .project-investment-rate")).containsText("推算");
        assertThat(page.locator("#project-progress .project-funds-rate")).containsText("50.0%");
        assertThat(page.locator("#history")).containsText("门诊综合楼");
    }

    @Test
    void aReporterFillsTheProgressWorkbookOfflineAndConfirmsItIntoTheReport() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        scratchProjects.project(plan, "住院综合楼", plan.hospitalId());
        String reporter = accounts.accountOf(Role.REPORTER.name(), plan.hospitalId());
        Long reportId = scratchPlans.draftIn(
                plan, scratchPlans.openYear(plan, ScratchPlans.reportedYear()), accounts.as(reporter));

        signIn(reporter, TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + reportId));
        com.microsoft.playwright.Download template =
                page.waitForDownload(() -> page.locator("#progress-template").click());
        byte[] filled;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(template.createReadStream())) {
            var row = workbook.getSheet("项目进度").getRow(1);
            row.getCell(5).setCellValue(2500);
            row.getCell(7).setCellValue(104.5);
            row.getCell(8).setCellValue("主体封顶");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("progress", ".xlsx");
        java.nio.file.Files.write(file, filled);

        page.locator("#progress-upload").click();
        page.setInputFiles("#progress-workbook-file", file);
        page.locator("#progress-workbook-upload button[type=submit]").click();
        assertThat(page.locator("#workbook-changes")).containsText("住院综合楼");
        assertThat(page.locator("#workbook-changes")).containsText("2500");
        assertThat(page.locator("#workbook-warnings")).containsText("形象进度超过100%");
        page.locator("#workbook-confirm button[type=submit]").click();

        assertThat(page.locator(".alert-success")).containsText("已按工作簿写入建设项目进度");
        assertThat(page.getByLabel("住院综合楼 本期完成投资")).hasValue("2500");
        assertThat(page.getByLabel("住院综合楼 形象进度")).hasValue("104.5");
        assertThat(page.locator("#project-progress .works-over-full")).isVisible();
        assertThat(page.locator("#history")).containsText("住院综合楼");
        java.nio.file.Files.deleteIfExists(file);
    }
}
