package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
                .contains("data-error-summary", "请修改以下 1 处问题：", "<a href=\"#reason\">请填写原因。</a>");
        assertThat(page).doesNotContain("class=\"alert alert-danger\" role=\"alert\">请填写原因。");
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
                .contains("value=\"20\"", "value=\"设备延迟到货\"", ">这个窗口的成效</textarea>")
                .contains("name=\"version\" value=\"" + version(draft, reporter) + "\"");
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

    private long version(ScratchPlans.Reported report, SignedInUser user) {
        return pages.page(report.reportId(), user, Locale.CHINA).version();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
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
