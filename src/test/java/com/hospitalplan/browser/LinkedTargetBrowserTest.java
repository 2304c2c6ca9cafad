package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.project.ProjectService;
import com.hospitalplan.support.AxeCheck;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner links a target "2098年投入使用" to the plan's project on the indicator form, and the plan page and its
 * dashboard judge it from the project's stage dates.
 */
@ServerTest
class LinkedTargetBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    ScratchProjects scratchProjects;

    @Test
    void aPlannerLinksAStageTargetToAProjectAndItIsJudgedFromTheStageDates() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        Long projectId = scratchProjects.project(plan, "住院综合大楼", plan.hospitalId());
        Long opening = scratchProjects.stage("投入使用");
        projects.planStage(projectId, opening, "2098年上半年", null, planner);
        projects.planStage(projectId, opening, "2099年", "施工单位变更", planner);

        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId() + "/indicators/new"));
        page.getByLabel("指标名称").fill("住院综合大楼投入使用");
        page.getByLabel("数值类型").selectOption("YES_NO");
        page.getByLabel("目标", new Page.GetByLabelOptions().setExact(true)).fill("2098年投入使用");
        page.getByLabel("建设项目").selectOption(new SelectOption().setLabel("住院综合大楼"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();

        String slipped = "投入使用计划2099年，原计划2098年上半年：已推迟，晚于2098年底的期限";
        assertThat(page.locator("#linked-targets")).containsText("住院综合大楼投入使用");
        assertThat(page.locator("#linked-targets")).containsText(slipped);
        assertThat(page.locator("#linked-targets")).containsText("明显滞后");
        AxeCheck.assertNoSeriousViolations(page);

        page.navigate(url("/projects/" + projectId));
        assertThat(page.locator("#project-targets + table")).containsText(slipped);
        assertThat(page.locator("#bed-area-check")).containsText("未说明床均建筑面积");
        AxeCheck.assertNoSeriousViolations(page);
        page.navigate(url("/projects/" + projectId + "?lang=en"));
        assertThat(page.locator("#project-targets + table"))
                .containsText("投入使用 planned 2099年, was 2098年上半年: slipped past the deadline (end of 2098)");
        AxeCheck.assertNoSeriousViolations(page);
        page.navigate(url("/projects/" + projectId + "?lang=zh-CN"));

        page.navigate(url("/plans/" + plan.planId() + "/dashboard"));
        assertThat(page.locator(".scorecard")).containsText(slipped);
    }
}
