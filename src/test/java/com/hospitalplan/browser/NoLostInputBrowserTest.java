package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nothing a person typed is lost: evidence comes and goes without leaving the report form. */
@ServerTest
class NoLostInputBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Test
    void evidenceIsUploadedAndRemovedWithoutLosingWhatWasTyped() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + draft.reportId()));
        Locator value = page.getByLabel("出院患者手术占比");
        Locator explanation =
                page.locator("#value-" + draft.plan().indicatorId()).getByLabel("说明");
        value.fill("20");
        explanation.fill("设备延迟到货");
        page.locator("#problems").fill("人员不足");

        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "院长办公会纪要.pdf", "application/pdf", "%PDF-1.4 纪要".getBytes(StandardCharsets.UTF_8)));
        button("上传").click();

        assertThat(page.locator("#evidence-list")).containsText("院长办公会纪要.pdf");
        assertThat(page.locator("#evidence-message")).hasText("佐证材料已上传。");
        assertThat(value).hasValue("20");
        assertThat(explanation).hasValue("设备延迟到货");
        assertThat(page.locator("#problems")).hasValue("人员不足");

        button("移除").click();
        assertThat(page.locator("#evidence-list")).hasCount(0);
        assertThat(value).hasValue("20");
        assertThat(explanation).hasValue("设备延迟到货");

        // the form was never reloaded, and its version is still the current one: the draft saves
        button("保存草稿").click();
        assertThat(page.locator(".alert-success")).hasText("草稿已保存。");
        assertThat(value).hasValue("20");
        assertThat(explanation).hasValue("设备延迟到货");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
