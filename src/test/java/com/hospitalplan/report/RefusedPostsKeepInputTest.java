package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A refused or stale post on the report page comes back with everything typed, the message at its field and a summary
 * of the errors at the top of the form, linked to each field.
 */
@IntegrationTest
class RefusedPostsKeepInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportingPeriods periods;

    @Test
    void aReturnWithoutReasonKeepsTheCommentsOnValuesAndSaysWhyAtTheForm() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        Long indicator = report.plan().indicatorId();

        MockHttpServletResponse response = perform(post("/reports/{id}/return", report.reportId())
                .with(user(reviewer))
                .param("version", String.valueOf(version(report, reviewer)))
                .param("reason", " ")
                .param("valueReason[" + indicator + "]", "请按出院患者口径重新统计"));

        assertThat(response.getStatus()).isEqualTo(422);
        String page = body(response);
        String card = section(page, "id=\"review-actions\"");
        assertThat(card)
                .contains("name=\"valueReason[" + indicator + "]\"", "value=\"请按出院患者口径重新统计\"")
                .contains("class=\"invalid-feedback mb-2\">请填写原因。</div>")
                .contains("data-error-summary", "请修改以下 1 处问题：", "<a href=\"#reason\">请填写原因。</a>")
                // not saved: leaving the page warns (unsaved.js)
                .containsPattern("id=\"return-form\"\\s+data-unsaved=\"refused\"");
        assertThat(page).doesNotContain("class=\"alert alert-danger\" role=\"alert\">请填写原因。");
        assertThat(pages.page(report.reportId(), reviewer, Locale.CHINA).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aReturnReasonLongerThanItsColumnIsRefusedAtTheFormWithTheTextKept() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        Long indicator = report.plan().indicatorId();
        String tooLong = "口径".repeat(1000) + "有误";

        MockHttpServletResponse response = perform(post("/reports/{id}/return", report.reportId())
                .with(user(reviewer))
                .param("version", String.valueOf(version(report, reviewer)))
                .param("reason", tooLong)
                .param("valueReason[" + indicator + "]", "请核实"));

        assertThat(response.getStatus()).isEqualTo(422);
        String card = section(body(response), "id=\"review-actions\"");
        assertThat(card)
                .contains(">" + tooLong + "</textarea>", "value=\"请核实\"")
                .contains("<a href=\"#reason\">原因最多 2000 字，请精简后再提交。</a>")
                .containsPattern("maxlength=\"2000\" id=\"reason\"")
                .contains("maxlength=\"2000\" id=\"valueReason" + indicator + "\"");

        MockHttpServletResponse valueTooLong = perform(post("/reports/{id}/return", report.reportId())
                .with(user(reviewer))
                .param("version", String.valueOf(version(report, reviewer)))
                .param("reason", "请补充说明")
                .param("valueReason[" + indicator + "]", tooLong));

        assertThat(valueTooLong.getStatus()).isEqualTo(422);
        assertThat(section(body(valueTooLong), "id=\"review-actions\""))
                .contains(">请补充说明</textarea>", "value=\"" + tooLong + "\"")
                .contains("对单项数值的审核意见每条最多 2000 字");
        assertThat(pages.page(report.reportId(), reviewer, Locale.CHINA).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aDecisionFromASecondTabAfterAnotherKeepsTheTypedReasonAndSaysWhatHappened() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        long seen = version(report, reviewer);
        decisions.approve(report.reportId(), seen, reviewer); // the first tab

        MockHttpServletResponse response = perform(post("/reports/{id}/return", report.reportId())
                .with(user(reviewer))
                .param("version", String.valueOf(seen))
                .param("reason", "手术占比口径有误"));

        assertThat(response.getStatus()).isEqualTo(409);
        String card = section(body(response), "id=\"review-actions\"");
        assertThat(card)
                .contains("data-error-summary", "这份报告已有变化（现为“已通过”），您的决定未保存")
                .contains(">手术占比口径有误</textarea>")
                .doesNotContain(">退回修改</button>");
        assertThat(pages.page(report.reportId(), reviewer, Locale.CHINA).status())
                .isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void aStaleReturnOnAReportSubmittedAgainKeepsTheInputAtTheCurrentVersion() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());
        SignedInUser reporter = accounts.as(report.reporterUsername());
        long seen = version(report, reviewer);
        decisions.returnReport(report.reportId(), seen, "第一次退回", Map.of(), reviewer);
        drafting.submit(report.reportId(), version(report, reporter), reporter);
        long current = version(report, reviewer);

        MockHttpServletResponse response = perform(post("/reports/{id}/return", report.reportId())
                .with(user(reviewer))
                .param("version", String.valueOf(seen))
                .param("reason", "第二个窗口的原因"));

        assertThat(response.getStatus()).isEqualTo(409);
        String card = section(body(response), "id=\"review-actions\"");
        assertThat(card)
                .contains(">第二个窗口的原因</textarea>", ">退回修改</button>")
                .contains("name=\"version\" value=\"" + current + "\"");
    }

    @Test
    void aReportSavedInAnotherWindowKeepsWhatWasTypedHereAndSavesItNext() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        long seen = version(draft, reporter);
        drafting.save(
                draft.reportId(),
                seen,
                new ReportInput(
                        Map.of(
                                draft.plan().indicatorId(),
                                new ReportInput.Value(new BigDecimal("40"), null, null, null)),
                        Map.of(),
                        Map.of(),
                        "另一个窗口",
                        null,
                        null),
                reporter);

        MockHttpServletResponse response = perform(post("/reports/{id}", draft.reportId())
                .with(user(reporter))
                .param("action", "save")
                .param("version", String.valueOf(seen))
                .param("values[" + draft.plan().indicatorId() + "]", "20")
                .param("explanations[" + draft.plan().indicatorId() + "]", "设备延迟到货")
                .param("achievements", "这个窗口的成效"));

        assertThat(response.getStatus()).isEqualTo(409);
        String page = body(response);
        assertThat(page)
                .contains("data-error-summary", "这份报告已在别处保存")
                .containsPattern("id=\"report-form\"\\s+data-unsaved=\"refused\"")
                .contains("value=\"20\"", "value=\"设备延迟到货\"", ">这个窗口的成效</textarea>")
                .contains("name=\"version\" value=\"" + version(draft, reporter) + "\"");
    }

    @Test
    void aSaveAfterThePeriodClosedComesBackWithWhatWasTypedAndWhy() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        long seen = version(draft, reporter);
        periods.closePeriod(draft.periodId(), accounts.as(draft.plan().plannerUsername()));

        MockHttpServletResponse response = perform(typedSave(draft, reporter, seen));

        assertThat(response.getStatus()).isEqualTo(409);
        assertKeptReadOnly(body(response), draft, "填报周期已截止，如需补报请联系审核人。");
    }

    @Test
    void aSaveOfAReportSubmittedMeanwhileComesBackWithWhatWasTypedAndWhy() throws Exception {
        ScratchPlans.Reported submitted = scratchPlans.submittedReport();
        SignedInUser reporter = accounts.as(submitted.reporterUsername());

        // at the version now (the page was opened after the submission) and at the one seen before it (stale)
        for (long seen : new long[] {version(submitted, reporter), version(submitted, reporter) - 1}) {
            MockHttpServletResponse response = perform(typedSave(submitted, reporter, seen));

            assertThat(response.getStatus()).as("version " + seen).isEqualTo(409);
            assertKeptReadOnly(body(response), submitted, "报告已提交或已通过，不能再修改。");
        }
        assertThat(pages.page(submitted.reportId(), reporter, Locale.CHINA).status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    private static AbstractMockHttpServletRequestBuilder<?> typedSave(
            ScratchPlans.Reported report, SignedInUser reporter, long version) {
        Long indicator = report.plan().indicatorId();
        return post("/reports/{id}", report.reportId())
                .with(user(reporter))
                .param("action", "save")
                .param("version", String.valueOf(version))
                .param("values[" + indicator + "]", "27.5")
                .param("explanations[" + indicator + "]", "刚刚写好的说明")
                .param("milestoneRemark[" + report.plan().milestoneId() + "]", "刚刚写好的进展")
                .param("spent[" + report.plan().budgetLineId() + "]", "66.6")
                .param("achievements", "刚刚写好的成效");
    }

    /** The message at the top of the form, everything typed shown read-only, no button that could not save. */
    private static void assertKeptReadOnly(String page, ScratchPlans.Reported report, String message) {
        String form = page.substring(page.indexOf("id=\"report-form\""), page.indexOf("id=\"evidence-section\""));
        Long indicator = report.plan().indicatorId();
        assertThat(form)
                .contains("data-error-summary", message)
                .containsPattern("id=\"report-form\"\\s+data-unsaved=\"refused\"")
                .containsPattern("readonly=\"readonly\"[^>]*id=\"values" + indicator + "\"[^>]*value=\"27.5\"")
                .contains("value=\"刚刚写好的说明\"", "value=\"刚刚写好的进展\"", "value=\"66.6\"")
                .contains(">刚刚写好的成效</textarea>")
                .doesNotContain(">保存草稿</button>", ">提交审核</button>");
        assertThat(page).doesNotContain("class=\"alert alert-danger\" role=\"alert\">" + message);
    }

    @Test
    void aValueThatIsNoNumberIsListedInTheSummaryWithALinkToItsField() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        Long indicator = draft.plan().indicatorId();

        String page = body(perform(post("/reports/{id}", draft.reportId())
                .with(user(reporter))
                .param("action", "save")
                .param("version", String.valueOf(version(draft, reporter)))
                .param("values[" + indicator + "]", "三十")
                .param("explanations[" + indicator + "]", "口径待核")));

        assertThat(section(page, "id=\"report-form\""))
                .contains("data-error-summary", "<a href=\"#values" + indicator + "\">")
                .contains("id=\"values" + indicator + "\"", "value=\"三十\"", "value=\"口径待核\"");
    }

    @Test
    void evidenceFromTheFormAnswersWithTheListAloneAndWithoutScriptWithTheReportPage() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        MockMultipartFile file = new MockMultipartFile(
                "file", "纪要.pdf", "application/pdf", "%PDF-1.4 纪要".getBytes(StandardCharsets.UTF_8));

        MockHttpServletResponse htmx = perform(multipart("/reports/{id}/evidence", draft.reportId())
                .file(file)
                .header("HX-Request", "true")
                .with(user(reporter)));
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(body(htmx))
                .contains("<div id=\"evidence-section\">")
                .contains("id=\"evidence-list\"", "纪要.pdf", "佐证材料已上传。")
                .doesNotContain("<html", "id=\"report-form\"");

        MockHttpServletResponse refused = perform(multipart("/reports/{id}/evidence", draft.reportId())
                .file(new MockMultipartFile("file", "空.pdf", "application/pdf", new byte[0]))
                .header("HX-Request", "true")
                .with(user(reporter)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("请选择要上传的文件。", "纪要.pdf");

        Long evidenceId = pages.page(draft.reportId(), reporter, Locale.CHINA)
                .evidence()
                .get(0)
                .id();
        MockHttpServletResponse plain = perform(post("/reports/{r}/evidence/{e}/remove", draft.reportId(), evidenceId)
                .with(user(reporter)));
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(plain.getRedirectedUrl()).isEqualTo("/reports/" + draft.reportId() + "#evidence");
        assertThat(pages.page(draft.reportId(), reporter, Locale.CHINA).evidence())
                .isEmpty();
    }

    @Test
    void anOverlongCommentOnAReportNobodyMayReadIsNotFound() throws Exception {
        ScratchPlans.Reported report = scratchPlans.submittedReport();
        SignedInUser reviewer = accounts.reviewerOver(report.plan().hospitalId());

        MockHttpServletResponse response = perform(post("/reports/{id}/approve", 999_999_999L)
                .with(user(reviewer))
                .param("version", "0")
                .param("comment", "字".repeat(2001)));

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private long version(ScratchPlans.Reported report, SignedInUser user) {
        return pages.page(report.reportId(), user, Locale.CHINA).version();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page from the element with the attribute on, up to its form's end. */
    private static String section(String page, String attribute) {
        int start = page.indexOf(attribute);
        assertThat(start).as(attribute).isNotNegative();
        return page.substring(start, page.indexOf("</form>", page.indexOf("</form>", start) + 1));
    }
}
