package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A planner enters a construction project with figures, stage dates and funding, and moves a stage date later. */
@ServerTest
class ProjectBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    private void save() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("保存").setExact(true))
                .first()
                .click();
    }

    @Test
    void aPlannerEntersAProjectAndSeesTheSlipOfAMovedStage() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId()));
        assertThat(page.locator("#projects-section")).containsText("尚未录入建设项目");
        page.locator("#project-new").click();

        page.getByLabel("项目名称").fill("门诊医技综合楼");
        page.getByLabel("建设性质").selectOption("EXPANSION");
        page.getByLabel("建设地点").fill("院本部东侧");
        page.getByLabel("分期名称（如 一期）").first().fill("一期");
        save();
        assertThat(page.locator("#project-name")).hasText("门诊医技综合楼");

        // figures: area and beds; the area per bed is derived
        page.locator("#project-specs").click();
        Locator rows = page.locator("#specs-form tbody tr");
        rows.nth(0).getByLabel("计划").fill("36000");
        rows.nth(1).getByLabel("计划").fill("300");
        save();
        assertThat(page.locator("#specs-table")).containsText("36,000");
        assertThat(page.locator("#area-per-bed-derived")).containsText("120");
        assertThat(page.locator("#area-per-bed-derived")).containsText("推算");

        // funding: a stated line and one without an amount
        page.locator("#project-funding").click();
        Locator lines = page.locator("#funding-form tbody tr");
        lines.nth(0).getByLabel("资金来源").selectOption("CENTRAL_BUDGET");
        lines.nth(0).getByLabel("年度").fill("2025");
        lines.nth(0).getByLabel("金额（万元）").fill("5000");
        lines.nth(1).getByLabel("资金来源").selectOption("SPECIAL_BONDS");
        lines.nth(1).getByLabel("年度").fill("2025");
        save();
        assertThat(page.locator("#investment-table")).containsText("中央预算内投资");
        assertThat(page.locator("#investment-table")).containsText("未明确");
        assertThat(page.locator("#investment-total")).containsText("至少 5,000");

        // the stage 投入使用: planned, then moved later (a reason is required)
        page.locator("#stages-table tr", new Page.LocatorOptions().setHasText("投入使用"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("填写日期"))
                .click();
        page.getByLabel("计划日期（按文件写法").fill("2025年6月底前");
        page.locator("#planned-save").click();
        assertThat(page.locator("#stages-table")).containsText("2025年6月底前");
        page.locator("#stages-table tr", new Page.LocatorOptions().setHasText("投入使用"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("填写日期"))
                .click();
        page.getByLabel("计划日期（按文件写法").fill("2026年上半年");
        page.locator("#planned-save").click();
        assertThat(page.locator("main")).containsText("调整计划日期时请填写调整理由");
        assertThat(page.getByLabel("计划日期（按文件写法")).hasValue("2026年上半年");
        page.getByLabel("调整理由").fill("专项债发行推迟");
        page.locator("#planned-save").click();

        Locator opening = page.locator("#stages-table tr", new Page.LocatorOptions().setHasText("投入使用"));
        assertThat(opening).containsText("2025年6月底前");
        assertThat(opening).containsText("2026年上半年");
        assertThat(opening).containsText("已推迟");
        assertThat(opening).containsText("专项债发行推迟");
        assertThat(page.locator("#project-slipped")).isVisible();

        page.navigate(url("/plans/" + plan.planId()));
        assertThat(page.locator("#projects-table")).containsText("门诊医技综合楼");
        assertThat(page.locator("#projects-table")).containsText("节点推迟");
        assertThat(page.locator("#projects-table")).containsText("2026年上半年");
    }
}
