package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing a person typed is lost: evidence comes and goes without leaving the report form; leaving a changed form asks
 * first, sending it does not; a refused or stale decision comes back with what the reviewer typed, the message at the
 * form.
 */
@ServerTest
class NoLostInputBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

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

    @Test
    void leavingAChangedFormWarnsButSendingItDoesNot() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> dialogs.add(dialog.type()));
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        String report = url("/reports/" + draft.reportId());

        // nothing changed: leaving asks nothing
        page.navigate(report);
        page.locator("#problems").click();
        plansLink().click();
        assertThat(page).hasURL(url("/plans"));
        assertThat(dialogs).isEmpty();

        // a changed form: the browser asks, and staying keeps what was typed
        page.navigate(report);
        page.locator("#problems").click();
        page.locator("#problems").pressSequentially("人员不足");
        agree = false;
        plansLink().click();
        page.waitForCondition(() -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("beforeunload");
        assertThat(page).hasURL(report);
        assertThat(page.locator("#problems")).hasValue("人员不足");

        // sending the form does not ask, and the saved page leaves without asking
        button("保存草稿").click();
        assertThat(page.locator(".alert-success")).hasText("草稿已保存。");
        plansLink().click();
        assertThat(page).hasURL(url("/plans"));
        assertThat(dialogs).containsExactly("beforeunload");
    }

    @Test
    void aReturnWithoutReasonKeepsTheReviewersCommentsAndSaysWhyAtTheForm() {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        signIn(accounts.reviewerOver(report.plan().hospitalId()).getUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + report.reportId()));
        Locator comment = page.getByLabel("对“出院患者手术占比”的意见（可选）");
        comment.fill("请按出院患者口径重新统计");
        button("退回修改").click();

        Locator message = page.locator("#review-actions .invalid-feedback");
        assertThat(message).hasText("请填写原因。");
        assertThat(message).isInViewport();
        assertThat(page.locator("#review-actions [data-error-summary]")).containsText("请填写原因。");
        assertThat(comment).hasValue("请按出院患者口径重新统计");
        assertThat(page.locator("#report-status")).hasText("已提交，待审核");

        // the comments are not saved yet: leaving asks
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> dialogs.add(dialog.type()));
        agree = false;
        plansLink().click();
        page.waitForCondition(() -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("beforeunload");
        assertThat(comment).hasValue("请按出院患者口径重新统计");
        agree = true;

        // the reason typed now, the comment is still there and the return goes through
        page.locator("#review-actions [data-error-summary] a").click();
        assertThat(page.locator("#reason")).isFocused();
        page.locator("#reason").fill("手术占比口径有误");
        button("退回修改").click();
        assertThat(page.locator("#report-status")).hasText("已退回");
        assertThat(page.locator(".value-return-reason")).containsText("请按出院患者口径重新统计");
    }

    @Test
    void aDecisionInASecondTabAfterTheFirstKeepsTheTypedReason() {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        signIn(accounts.reviewerOver(report.plan().hospitalId()).getUsername(), TestAccounts.PASSWORD);
        String address = url("/reports/" + report.reportId());
        page.navigate(address);
        Page first = page.context().newPage();
        first.onDialog(dialog -> dialog.accept());
        first.navigate(address);
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过"))
                .click();
        assertThat(first.locator("#report-status")).hasText("已通过");

        page.locator("#reason").fill("手术占比口径有误");
        button("退回修改").click();

        assertThat(page.locator("#review-actions [data-error-summary]")).containsText("现为“已通过”");
        assertThat(page.locator("#review-actions [data-error-summary]")).isInViewport();
        assertThat(page.locator("#reason")).hasValue("手术占比口径有误");
        assertThat(page.locator("#report-status")).hasText("已通过");
        first.close();
    }

    private Locator plansLink() {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("规划").setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
