package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A planning officer enters a plan as a person would, publishes it and adjusts a target. */
@ServerTest
class PlannerBrowserTest extends BrowserTestSupport {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScratchPlans scratchPlans;

    @Test
    void aPlannerCreatesPublishesAndAdjustsAPlan() {
        signIn(accounts.signedIn(Role.PLANNER).getUsername(), TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("规划").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建规划"))
                .click();

        page.getByLabel("规划名称").fill("测试医院专科能力提升方案（2024—2026）");
        page.getByLabel("印发单位").fill("测试医院");
        page.getByLabel("起始年份").fill("2026");
        page.getByLabel("结束年份").fill("2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("main")).containsText("结束年份不能早于起始年份");
        assertThat(page.getByLabel("规划名称")).hasValue("测试医院专科能力提升方案（2024—2026）");
        page.getByLabel("起始年份").fill("2024");
        page.getByLabel("结束年份").fill("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#plan-title")).hasText("测试医院专科能力提升方案（2024—2026）");
        assertThat(page.locator("#plan-status")).containsText("草稿");

        // a two-level goal tree
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增目标任务"))
                .click();
        page.getByLabel("编号").fill("一、");
        page.getByLabel("标题").fill("专科建设");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下级任务"))
                .click();
        page.getByLabel("编号").fill("（一）");
        page.getByLabel("标题").fill("提升外科手术能力");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        Locator child = page.locator(".goal-tree .goal-tree").getByText("（一） 提升外科手术能力");
        assertThat(child).isVisible();

        // an indicator with target "≥35%", understood live
        page.locator(".goal-tree .goal-tree")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("新增指标"))
                .click();
        page.getByLabel("指标名称").fill("出院患者手术占比");
        page.getByLabel("单位", new Page.GetByLabelOptions().setExact(true)).fill("%");
        page.getByLabel("数值类型").selectOption("PERCENTAGE");
        page.getByLabel("基线值").fill("30");
        page.getByLabel("基线年份").fill("2023");
        page.getByLabel("目标", new Page.GetByLabelOptions().setExact(true)).fill("≥35%");
        assertThat(page.locator("#target-preview")).containsText("系统理解为");
        assertThat(page.locator("#target-preview")).containsText("≥35%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#indicator-table")).containsText("出院患者手术占比");

        // a budget line
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增预算项"))
                .click();
        page.getByLabel("资金来源").fill("省财政专项资金");
        page.getByLabel("支出类别").fill("设备购置");
        page.getByLabel("年度").fill("2025");
        page.getByLabel("金额（万元）").fill("1200.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("#budget-total")).hasText("1,200.5");

        // publish, then adjust the target with a reason
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("印发"))
                .click();
        assertThat(page.locator("#plan-status")).containsText("已印发");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("调整目标"))
                .click();
        page.getByLabel("目标", new Page.GetByLabelOptions().setExact(true)).fill("≥40%");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        assertThat(page.locator("main")).containsText("调整目标时请填写调整理由");
        page.getByLabel("调整理由").fill("2025年中期评估后上调");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();

        Locator target = page.locator("#indicator-table .target-cell").first();
        assertThat(target.locator(".original-target")).hasText("≥35%");
        assertThat(target.locator(".current-target")).hasText("≥40%");
        assertThat(target.locator(".revision")).containsText("测试PLANNER");
        assertThat(target.locator(".revision")).containsText("2025年中期评估后上调");
        assertThat(page).hasURL(Pattern.compile("/plans/\\d+"));
    }

    @Test
    void aTargetTheProductCannotReadSaysWhy() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增指标"))
                .first()
                .click();
        page.getByLabel("目标", new Page.GetByLabelOptions().setExact(true)).fill("合理控制");
        assertThat(page.locator("#target-preview")).containsText("无法识别目标“合理控制”");
    }
}
